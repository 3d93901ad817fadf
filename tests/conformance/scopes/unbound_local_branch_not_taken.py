def f(flag):
    if flag:
        result = "set"
    return result
print(f(True))
try:
    f(False)
except UnboundLocalError as e:
    print(e)
