# types.SimpleNamespace and types.MethodType.
# Context: function level (the same rule at module, class and function level).
def context():
    import types
    ns = types.SimpleNamespace(a=1, b="x")
    ns.c = [2]
    print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[2]))
    class K:
        pass
    def hello(self, who):
        return "hello " + who + " from " + type(self).__name__
    m = types.MethodType(hello, K())
    print(m("you"), m.__func__ is hello)

context()
