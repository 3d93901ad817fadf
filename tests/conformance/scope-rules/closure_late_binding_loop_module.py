# closures made in a loop share the loop variable; a default captures the value.
# Context: module level (the same rule at module, class and function level).
def f():
    late = [lambda: i for i in range(3)]
    fns = []
    for j in range(3):
        fns.append(lambda: j)
    fixed = [lambda j=j: j for j in range(3)]
    return [g() for g in late], [g() for g in fns], [g() for g in fixed]
print(f())
