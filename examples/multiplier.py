# From the seed tutorial: Python creates a new closure on each call of the factory.
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

# Late binding: every lambda reads the same cell for x, so all print 30.
multipliers = []
for x in range(1, 4):
    multipliers.append(lambda y: x * y)
m1, m2, m3 = multipliers
print(m1(10))
print(m2(10))
print(m3(10))
