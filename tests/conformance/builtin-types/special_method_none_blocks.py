# A special method set to None blocks the operation: calling it raises TypeError,
# with no fallback to the other operand or to identity.
class NoEq:
    __eq__ = None
class NoAdd:
    __add__ = None
class NoRadd:
    __radd__ = None
class NoIadd:
    __iadd__ = None
    def __add__(self, other):
        return "added"

for f in (lambda: NoEq() == 1, lambda: 1 == NoEq(), lambda: NoAdd() + 1, lambda: 1 + NoRadd()):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
x = NoIadd()
try:
    x += 1
except TypeError as e:
    print("TypeError:", e)
