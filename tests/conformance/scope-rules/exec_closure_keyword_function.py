# exec(code, globals, closure=cells) runs a closure's code with the given cells (3.11).
# Context: function level (the same rule at module, class and function level).
def context():
    import types
    def make():
        v = 1
        def show():
            print("sees", v, NAME)
        return show
    code = make().__code__
    exec(code, {"NAME": "given"}, closure=(types.CellType(42),))
    for kw in ({}, {"closure": ()}, {"closure": (1,)}):
        try:
            exec(code, {}, **kw)
        except TypeError as e:
            print("TypeError:", e)
    try:
        exec("x = 1", {}, closure=(types.CellType(1),))
    except TypeError as e:
        print("TypeError:", e)

context()
