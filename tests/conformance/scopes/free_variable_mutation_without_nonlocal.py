def outer():
    items = [0]
    box = {"n": 0}
    class Holder:
        pass
    h = Holder()
    h.v = 0
    def mutate():
        items[0] += 1
        box["n"] += 2
        h.v += 3
        items.append("x")
    mutate(); mutate()
    return items, box, h.v
print(outer())
