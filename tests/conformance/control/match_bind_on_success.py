# names a pattern captures are stored only once the whole case pattern has matched;
# a failing guard still sees (and leaves) them bound

def partial(v):
    match v:
        case (a, b, 0) | (b, a, 1):
            pass
        case [c, [d, 99]]:
            pass
    return sorted(locals())

print(partial((1, 2, 0)))
print(partial((1, 2, 1)))
print(partial((1, 2, 5)))
print(partial([1, [2, 3]]))

def guarded(v):
    match v:
        case (p, q) if p > q:
            return "desc", p, q
        case _:
            return "other", p, q

print(guarded((5, 1)))
print(guarded((1, 5)))

def alt_order(v):
    match v:
        case {"k": (1, s, t)} | {"k": (2, t, s)}:
            return s, t
    return None

print(alt_order({"k": (1, "a", "b")}))
print(alt_order({"k": (2, "a", "b")}))
print(alt_order({"k": (3, "a", "b")}))

# a value pattern sees the name as it was before the case started
class NS:
    v = 10
x = NS()
match (x, 10):
    case (x, x.v):
        print("matched", type(x).__name__)
