print(0 or "x", "" or [] or None, 3 and 4, 0 and 1 / 0, [] and 1)
print(1 or 1 / 0, None or 0, "a" and "b" or "c")
print(not 0, not [1], not None, not "")
x = [] or {}
print(x, type(x).__name__)
