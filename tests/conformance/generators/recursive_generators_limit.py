# generators that drive new generators of themselves hit the recursion limit as
# RecursionError, whatever way they resume each other
def via_yield_from(n):
    yield from via_yield_from(n + 1)


def via_next_in_expr(n):
    it = via_next_in_expr(n + 1)
    yield next(it)


def via_next_stmt(n):
    it = via_next_stmt(n + 1)
    x = next(it)
    yield x


def via_for(n):
    for x in via_for(n + 1):
        yield x


def via_genexp(n):
    return (x for x in via_genexp(n + 1))


def via_send(n):
    x = yield
    inner = via_send(n + 1)
    next(inner)
    yield inner.send(x)


cases = [
    ("yield from", lambda: next(via_yield_from(0))),
    ("next in expression", lambda: next(via_next_in_expr(0))),
    ("next statement", lambda: next(via_next_stmt(0))),
    ("for", lambda: list(via_for(0))),
    ("genexp", lambda: next(via_genexp(0))),
]


def send_case():
    g = via_send(0)
    next(g)
    return g.send(1)


cases.append(("send", send_case))
for label, t in cases:
    try:
        t()
        print(label, "no error")
    except RecursionError as e:
        print(label, type(e).__name__, e)
# the interpreter is usable afterwards
print(sum(x for x in range(10)))
