# nonlocal in a class body rebinds the function's variable; no class attribute.
# Context: module level (the same rule at module, class and function level).
def f():
    v = 1
    class K:
        nonlocal v
        v = 2
    print(v, hasattr(K, "v"))
f()
