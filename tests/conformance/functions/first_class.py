def apply(fn, *args):
    return fn(*args)

def twice(fn):
    return lambda x: fn(fn(x))

ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(apply(max, 3, 9, 2), apply(ops["mul"], 6, 7), twice(lambda x: x + 3)(1))
print(list(map(str.upper, ["a", "b"])), sorted(["bb", "a", "ccc"], key=len))
funcs = [abs, str, len]
print([f("-xy") if f is not abs else f(-3) for f in funcs])
