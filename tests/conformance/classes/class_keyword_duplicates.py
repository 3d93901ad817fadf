# Duplicate keyword arguments in a class statement, also through ** unpacking
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print(name, sorted(kw.items()))
class A(metaclass=M, x="y", y=1):
    pass
for src in ['class C(metaclass=M, x="y", y=1, **{"y": 2}): pass',
            'class C(metaclass=M, **{"x": 1}, **{"x": 2}): pass',
            'class C(metaclass=M, x="x", **{"z": 3}): pass']:
    try:
        exec(src)
        print("ok")
    except TypeError as e:
        print("TypeError:", e)
