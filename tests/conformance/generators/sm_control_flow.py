# Generators whose yields are statements of if/while/for (compiled as state machines):
# every way of entering and leaving their loops.

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    else:
        yield "while-else"
    return "done"

print(list(counter(3)))
g = counter(0)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)

def evens_until(xs, stop):
    for x in xs:
        if x == stop:
            break
        if x % 2:
            continue
        yield x
    else:
        yield "for-else"
    yield "after"

print(list(evens_until(range(10), 7)))
print(list(evens_until(range(6), 99)))

def nested(rows):
    for r in rows:
        for x in r:
            if x < 0:
                continue
            if x > 100:
                break
            yield x
        else:
            yield "row done"
        if r == [7]:
            return "early"
        yield "-"

print(list(nested([[1, -2, 3], [200, 4], [7], [8]])))

def branches(xs):
    for x in xs:
        if x == 0:
            yield "zero"
        elif x < 0:
            yield "neg"
            yield -x
        else:
            pass
        yield x

print(list(branches([0, -3, 5])))

def no_yield_reached(flag):
    if flag:
        yield 1
    return 42

g = no_yield_reached(False)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

# break and continue inside statements that hold no yield
def inner_structured(xs):
    for x in xs:
        try:
            if x == "skip":
                continue
            if x == "stop":
                break
        finally:
            print("finally for", x)
        with_while = 0
        while with_while < 2:
            with_while += 1
            if x == "inner":
                break
        else:
            print("inner while-else", x)
        yield x
    yield "end"

print(list(inner_structured(["a", "skip", "inner", "stop", "b"])))

def ret_in_try(xs):
    for x in xs:
        try:
            if x == 2:
                return "from try"
        finally:
            print("cleanup", x)
        yield x

g = ret_in_try([1, 2, 3])
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def infinite():
    n = 0
    while True:
        n += 1
        if n % 3 == 0:
            continue
        yield n

g = infinite()
print([next(g) for _ in range(6)])

def unpacking(pairs):
    for a, (b, *c) in pairs:
        yield a, b, c

print(list(unpacking([(1, (2, 3, 4)), (5, (6,))])))

def local_del():
    x = 1
    yield x
    del x
    yield "deleted"
    yield x

g = local_del()
print(next(g), next(g))
try:
    next(g)
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(list(g))

def closure_gen(k):
    def add(v):
        return v + k
    for i in range(3):
        yield add(i)
    k = 100
    yield add(0)

print(list(closure_gen(10)))
