# f(**a, **b): the mappings are merged first (a repeated key is an error naming
# module.qualname), then keys that are not strings are rejected
def f(*a, **k):
    return k

class C:
    def m(self, **k):
        return k

calls = [
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{1: 3}, **{1: 5}),
    lambda: f(**{1: 3}, **{2: 5}),
    lambda: f(**{1: 3}),
    lambda: C().m(**{"x": 1}, x=2),
    lambda: print(**{"sep": 1}, sep=2),
    lambda: f(**[1]),
    lambda: f(*1),
    lambda: f(**{"a": 1}, **{"b": 2}),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
