# str(obj, encoding, errors) and str.encode: argument types (unicode_new_impl).
import sys
for args in [(b"ab", "ascii"), (b"2", sys.getdefaultencoding), (b"2", "ascii", 9),
             (5, "ascii"), ("x", "ascii")]:
    try:
        print(repr(str(*args)))
    except TypeError as e:
        print("TypeError:", e)
print(str(object=5), str(object=b"x", encoding="ascii"), str(b"y", errors="strict"))
for args in [(5,), ("ascii", 5)]:
    try:
        "a".encode(*args)
    except TypeError as e:
        print("TypeError:", e)


class B(str):
    pass

print(repr(str.__new__(B, b"3", "ascii")), type(str.__new__(B, b"3", "ascii")).__name__)
