def f():
    try:
        return [y for _ in range(1)]
    except NameError as e:
        return str(e)
    y = 1

print(f())
def g():
    try:
        return [z for _ in range(1)]
    except NameError as e:
        return str(e)
print(g())
