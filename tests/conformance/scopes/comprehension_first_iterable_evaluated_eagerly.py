lst = [1, 2, 3]
g = (x * 2 for x in lst)
lst = [100]
print(list(g))
def trace(tag, it):
    print("evaluating", tag)
    return it
h = (a + b for a in trace("first", [1, 2]) for b in trace("second", [10]))
print("generator created")
print(list(h))
