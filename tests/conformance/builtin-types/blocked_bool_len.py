# __bool__ = None / __len__ = None block truth testing (no fallback)
class A:
    __bool__ = None


class B:
    __len__ = None


class C:
    def __len__(self):
        return 0
    __bool__ = None


for cls in (A, B, C):
    for test in (bool, lambda x: not x, lambda x: 1 if x else 2):
        try:
            print(cls.__name__, test(cls()))
        except TypeError as e:
            print(cls.__name__, "TypeError:", e)
