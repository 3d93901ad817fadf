def outer():
    total = 0
    def run():
        nonlocal total
        total = sum(x for x in range(total, total + 3))
        return total
    return run(), run(), run()
print(outer())
