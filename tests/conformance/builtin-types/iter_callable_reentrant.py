# iter(f, sentinel) whose f exhausts the same iterator: the pending value is dropped
# (gh-101892)
state = {"again": False}


def f():
    if state["again"]:
        return "stop"
    state["again"] = True
    list(it)
    return "more"


it = iter(f, "stop")
try:
    print(next(it))
except StopIteration:
    print("StopIteration")
print(list(iter([1, 2, 3].pop, 1)))
