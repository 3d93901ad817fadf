def f(items):
    for item in items:
        pass
    return item
print(f([1, 2]))
try:
    f([])
except UnboundLocalError as e:
    print(e)
