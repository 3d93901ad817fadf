def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside:", e)
        yield "recovered"
    finally:
        print("generator finally")

g = gen()
print(next(g))
print(g.throw(ValueError("injected")))
g.close()
g2 = gen()
next(g2)
g2.close()
try:
    next(g2)
except StopIteration:
    print("closed generator is exhausted")
