# zero-argument super(): CPython's errors, in CPython's order (no positional
# parameter, first argument deleted, no __class__ cell, empty cell)
class A:
    def f(self):
        return "A.f"


class B(A):
    def deleted(self):
        del self
        return super().f()

    def deleted_cell(self):
        g = lambda: self
        del self
        return super().f()

    def captured(self):
        g = lambda: self
        return super().f(), g() is not None

    def noargs():
        return super().f()

    @staticmethod
    def static():
        return super().f()

    def star(*args):
        return super().f()

    def kwonly(*, k=1):
        return super().f()

    def rebound(self):
        self = 5
        return super().f()

    def method_call_after_del(self):
        del self
        return super().f(1)


def outside():
    return super().f()


def outside_arg(x):
    return super().f()


cases = [
    ("deleted", lambda: B().deleted()),
    ("deleted cell", lambda: B().deleted_cell()),
    ("captured", lambda: B().captured()),
    ("no args", lambda: B.noargs()),
    ("static", lambda: B.static()),
    ("star on instance", lambda: B().star()),
    ("star on class", lambda: B.star()),
    ("kwonly", lambda: B.kwonly()),
    ("rebound", lambda: B().rebound()),
    ("method call after del", lambda: B().method_call_after_del()),
    ("outside", outside),
    ("outside with arg", lambda: outside_arg(1)),
]
for label, t in cases:
    try:
        print(label, t())
    except Exception as e:
        print(label, type(e).__name__, e)
