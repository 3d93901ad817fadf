def make_ops(k):
    return {
        "add": lambda v: v + k,
        "mul": lambda v: v * k,
        "both": lambda v: (v + k) * k,
    }
ops2, ops3 = make_ops(2), make_ops(3)
print([f(10) for f in ops2.values()], [f(10) for f in ops3.values()])
print(ops2["add"].__closure__[0] is ops2["mul"].__closure__[0], ops2["add"].__closure__[0] is ops3["add"].__closure__[0])
