def f(a=[x * 2 for x in range(3)]):
    return a
print(f())
class C:
    n = 3
    def m(self, a=[i for i in range(n)]):
        return a
print(C().m())
