# yield from delegates to a generator that reads a free variable.
# Context: module level (the same rule at module, class and function level).
def outer():
    base = 10
    def sub():
        got = yield base
        return got * 2
    def main():
        r = yield from sub()
        yield r
    return main()
g = outer()
print(next(g), g.send(4))
