# a function made from a code object with another globals dict reads that dict.
# Context: function level (the same rule at module, class and function level).
def context():
    import types
    OFFSET = 1
    def measure(s):
        return len(s) + OFFSET
    ns = {"OFFSET": 100}
    other = types.FunctionType(measure.__code__, ns)
    print(measure("ab"), other("ab"), other.__globals__ is ns, ns == {"OFFSET": 100})
    def reader():
        return who
    print(eval(reader.__code__, {"who": "eval with its own globals"}))

context()
