# a lambda made in a comprehension is qualified by the comprehension.
# Context: module level (the same rule at module, class and function level).
def f():
    return [lambda: i for i in range(2)]
fs = f()
print([g.__qualname__ for g in fs], [g() for g in fs])
print((lambda: [lambda: 0 for _ in "a"])()[0].__qualname__)
