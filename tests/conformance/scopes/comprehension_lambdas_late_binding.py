funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
funcs = [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in funcs])
print(funcs[0].__closure__[0].cell_contents, [lambda: i for i in range(3)][0].__code__.co_freevars)
