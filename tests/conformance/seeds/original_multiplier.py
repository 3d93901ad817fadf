def multiplier(x):
    def multiply(y):
        return x * y
    return multiply


m1 = multiplier(1)
m2 = multiplier(2)
m3 = multiplier(3)

print(m1(10))
print(m2(10))
print(m3(10))
print(m1.__closure__[0].cell_contents, m2.__closure__[0].cell_contents, m3.__closure__[0].cell_contents)
print(m1.__closure__[0] is m2.__closure__[0])
