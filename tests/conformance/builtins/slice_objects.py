s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5))
print(list(range(10))[s], "abcdefgh"[slice(None, None, -3)])
print(slice(3) == slice(None, 3), slice(None, 3).indices(10))
