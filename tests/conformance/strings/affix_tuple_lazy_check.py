# str.startswith/endswith with a tuple: items tried in order, each type-checked on its turn
tests = [
    lambda: 'a'.startswith(('a', 1)),
    lambda: 'a'.startswith(('b', 1)),
    lambda: 'a'.endswith((1, 'a')),
    lambda: 'abc'.endswith(('x', 'c', None)),
    lambda: 'a'.startswith(1, 'x'),
    lambda: 'a'.startswith(1),
    lambda: 'a'.startswith(('b', 'a'), 0, 1),
    lambda: 'a'.startswith((), 0),
    lambda: 'abc'.endswith(('b',), 0, 2),
    lambda: 'a'.startswith([1]),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print("TypeError:", e)
