def gen():
    for i in range(6):
        yield i
it = gen()
for x in it:
    if x == 2: break
print("rest", list(it))
g = gen()
for x in iter(g):
    if x == 1: break
print("after iter", next(g))
def ident(a): return a
g = gen()
for x in ident(g):
    if x == 1: break
print("after ident", list(g))
g = gen()
try:
    for x in g:
        raise ValueError
except ValueError: pass
print("after exc", list(g))
def lines():
    yield "header"
    yield "a"
    yield "b"
src = lines()
for h in src:
    break
print([l for l in src])
def noisy(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("closed", tag)
for x in noisy("temp"):
    if x == 1: break
print("after temp loop")
def outer(g):
    for x in iter(g):
        yield x
        if x == 1: return
g = gen()
print(list(outer(g)), next(g))
def outer2(tag):
    for x in noisy(tag):
        yield x
        if x == 1: return
print(list(outer2("sm-temp")))
g = gen()
ge = (y for x in [1] for y in iter(g))
print(next(ge), next(ge)); ge.close(); print("genexp closed", next(g))
ge = (y for x in [1] for y in noisy("genexp-temp"))
print(next(ge)); ge.close(); print("done")
def jsgen(g):
    try:
        for x in iter(g):
            yield x
            if x == 0: return
    finally:
        pass
g = gen()
print(list(jsgen(g)), next(g))
del g
g = gen()
ge = (x for x in iter(g))
print(next(ge)); ge.close(); print("first iterable held", next(g))
ge = (x for x in noisy("first-temp"))
print(next(ge)); ge.close(); print("first temp done")
