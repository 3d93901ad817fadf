try:
    ", ".join(["a", 1])
except TypeError as e:
    print(e)
try:
    "".join(5)
except TypeError as e:
    print(e)
print("-".join(map(str, range(4))), "".join([]), " ".join("abc"))
