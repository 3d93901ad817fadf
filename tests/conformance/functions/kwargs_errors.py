def f(**kw):
    return kw
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
print(f(**{"x": 1}, **{"y": 2}))
