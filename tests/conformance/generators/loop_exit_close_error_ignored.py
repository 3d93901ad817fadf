# A for loop left early drops its generator; CPython finalizes it then, and an error
# raised by its `finally` is reported ("Exception ignored in"), never raised in place
# of what the loop was doing.
log = []


def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")
        raise ValueError("from finally")


def leave_by_exception():
    for x in gen():
        raise KeyError("original")


def leave_by_break():
    for x in gen():
        break
    return "after break"


def leave_by_return():
    for x in gen():
        return "returned"


try:
    leave_by_exception()
except Exception as e:
    print("caught", type(e).__name__, e)
print(leave_by_break())
print(leave_by_return())
print(log)

# a generator kept by a name is not finalized by the loop
g = gen()
for x in g:
    break
print("still open:", next(g))
try:
    g.close()
except ValueError as e:
    print("close() raised", e)
print(log)
