# Python 3.11 wraps an exception raised by __set_name__ in a RuntimeError whose
# __cause__ is the original (typeobject.c type_new_set_names)
class D:
    def __set_name__(self, owner, name):
        raise TypeError(f"no {name} for {owner.__name__}")

try:
    class A:
        d = D()
except RuntimeError as e:
    print(repr(e))
    print(repr(e.__cause__), e.__context__ is e.__cause__, e.__suppress_context__)

class Fine:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)

class B:
    x = Fine()

import functools

try:
    class C:
        @functools.cached_property
        def a(self):
            return 1
        b = a
except RuntimeError as e:
    print(e)
    print(e.__cause__)
