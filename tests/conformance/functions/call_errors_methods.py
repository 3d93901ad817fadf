class C:
    def m(self, x):
        return x
    @staticmethod
    def s(y):
        return y
    @classmethod
    def k(cls, z):
        return z

c = C()
for call in [lambda: c.m(), lambda: c.m(1, 2), lambda: C.m(1), lambda: C.s(), lambda: c.k(), lambda: C(1)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
