# bool(NotImplemented) is True with a DeprecationWarning (3.9+)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented), not NotImplemented)
    if NotImplemented:
        print("truthy")
    print(len(w), {x.category.__name__ for x in w}, str(w[0].message))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print("error:", e)
class A:
    def __eq__(self, o):
        return NotImplemented
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(A() == A(), A() != 1, len(w))
