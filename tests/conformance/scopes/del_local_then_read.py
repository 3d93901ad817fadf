def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"

print(f())
def g():
    x = 1
    del x
    try:
        del x
    except UnboundLocalError as e:
        return str(e)
print(g())
