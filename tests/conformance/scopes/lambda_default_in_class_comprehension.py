class C:
    funcs = [lambda i=i: i * 2 for i in range(3)]
    results = [f() for f in funcs]
print(C.results)
