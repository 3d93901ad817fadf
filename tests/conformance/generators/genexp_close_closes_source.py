# Closing a generator expression early finalises its frame, which closes a generator
# made for it alone (its `finally` runs before close() returns); a generator the
# caller still holds is left open.
def inner(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)

g = (x for x in inner("a"))
print(next(g))
g.close()
print("after close a")

# two for clauses: both of its own generators are closed
g = (x + y for x in inner("outer") for y in inner("nested"))
print(next(g))
g.close()
print("after close nested")

# a generator held by a name outside is not the genexp's alone
src = inner("held")
g = (x for x in src)
print(next(g))
g.close()
print("after close held")
print(next(src))
src.close()

# closed before it started: nothing ran, nothing to finalise
g = (x for x in inner("unstarted"))
g.close()
print("after close unstarted")

# exhausted normally: the source finished by itself
g = (x for x in inner("exhausted"))
print(list(g))
g.close()

# a genexp over a genexp
g = (x * 10 for x in (y for y in inner("chain")))
print(next(g))
g.close()
print("after close chain")
