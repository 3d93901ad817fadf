def f(v):
    print("eval", v)
    return v

print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 != 2)
print(f(1) < f(0) < f(5))
print(f(1) < f(2) < f(3))
x = 5
print(0 <= x < 10, 0 <= x < 5, 1 < x == 5)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a")
