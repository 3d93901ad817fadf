# total_ordering, cached_property, singledispatch.
# Context: function level (the same rule at module, class and function level).
def context():
    import functools
    @functools.total_ordering
    class V:
        def __init__(self, v):
            self.v = v
        def __eq__(self, o):
            return self.v == o.v
        def __lt__(self, o):
            return self.v < o.v
    print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
    class P:
        calls = 0
        @functools.cached_property
        def val(self):
            P.calls += 1
            return 7
    p = P()
    print(p.val, p.val, P.calls)
    @functools.singledispatch
    def show(x):
        return "object"
    @show.register
    def _(x: int):
        return "int"
    print(show(1), show("s"))

context()
