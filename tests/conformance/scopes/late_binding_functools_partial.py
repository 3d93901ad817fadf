import functools
def mul(a, b):
    return a * b
fs = [functools.partial(mul, i) for i in range(1, 4)]
print([f(10) for f in fs])
print(fs[0].func is mul, fs[2].args, fs[2].keywords)
