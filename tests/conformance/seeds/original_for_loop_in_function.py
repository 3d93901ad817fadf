# The late-binding loop inside a function: x is now a cell shared by all three lambdas.
def make():
    multipliers = []
    for x in range(1, 4):
        multipliers.append(lambda y: x * y)
    return multipliers

m1, m2, m3 = make()
print(m1(10), m2(10), m3(10))
print(m1.__closure__[0] is m2.__closure__[0] is m3.__closure__[0])
print(m1.__code__.co_freevars, make.__code__.co_cellvars)
