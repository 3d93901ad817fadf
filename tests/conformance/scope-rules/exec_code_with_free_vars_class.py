# exec and eval refuse a code object with free variables.
# Context: class level (the same rule at module, class and function level).
class Context:
    def f():
        x = 1
        return lambda: x
    code = f().__code__
    for fn in (exec, eval):
        try:
            fn(code, {})
        except TypeError as e:
            print("TypeError:", e)
