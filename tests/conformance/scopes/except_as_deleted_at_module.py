e = "module value"
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
print("e" in globals())
try:
    print(e)
except NameError as err:
    print(err)
