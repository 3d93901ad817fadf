def swapper():
    left, right = "L", "R"
    def swap():
        nonlocal left, right
        left, right = right, left
    def show():
        return left + right
    return swap, show

swap, show = swapper()
print(show())
swap()
print(show())
swap(); swap()
print(show(), sorted(swap.__code__.co_freevars))
