src = """
def outer(v):
    def inner():
        return v * 2
    return inner
result = outer(21)()
"""
ns = {}
exec(src, ns)
print(ns["result"], ns["outer"].__code__.co_cellvars, ns["outer"](1).__code__.co_freevars)
print(eval("lambda: z", {"z": "from globals dict"})())
