class C:
    base = 10
    def m(self, fn=lambda v: v * 2, start=base):
        return fn(start)
print(C().m(), C.m.__defaults__[1])
