def f():
    try:
        return len([1, 2])
    finally:
        pass
    len = None
try:
    f()
except UnboundLocalError as e:
    print(e)
