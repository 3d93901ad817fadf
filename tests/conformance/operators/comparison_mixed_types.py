try:
    print(1 < "a")
except TypeError as e:
    print(e)
try:
    print([1] < (1,))
except TypeError as e:
    print(e)
print(1 == "1", [1] == (1,), None == 0, None != False)
try:
    sorted([3, "a", 1])
except TypeError as e:
    print(e)
