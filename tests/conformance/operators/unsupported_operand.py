for a, b in [(1, "a"), ("a", 1.5), ([1], 2.0), (None, None)]:
    try:
        a + b
    except TypeError as e:
        print(e)
try:
    -"x"
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    {} < {}
except TypeError as e:
    print(e)
