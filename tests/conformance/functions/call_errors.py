def f(a, b):
    pass

def h(a, b=2, *, c):
    pass

calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: f(b=1),
    lambda: h(1, 2, 3),
    lambda: h(),
    lambda: h(1, c=1, d=2),
    lambda: (lambda: 0)(1),
    lambda: (lambda x: 0)(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
