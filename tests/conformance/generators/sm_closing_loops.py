# A `for` loop over a call or generator expression closes that iterator when it is left
# early (CPython's refcounting finalizes it at once); order of finally blocks, also in
# generators compiled as state machines.

def source(tag, n):
    try:
        for i in range(n):
            yield i
    finally:
        print("close", tag)

def brk():
    for x in source("A", 5):
        if x == 2:
            break
        yield x
    print("after break")
    yield "end"

print(list(brk()))

def ret():
    for x in source("B", 5):
        for y in source("C", 5):
            if y == 1:
                return "ret"
            yield x, y

g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def ret_nested_structured():
    for x in source("D", 5):
        yield x
        for y in source("E", 3):
            try:
                if y == 1:
                    return "r2"
            finally:
                print("finally y", y)

print(list(ret_nested_structured()))

def exc():
    for x in source("F", 5):
        yield x
        if x == 1:
            raise KeyError("boom")

try:
    list(exc())
except KeyError as e:
    print("caught", e)

def closed_from_outside():
    for x in source("G", 5):
        for y in source("H", 5):
            yield x, y

g = closed_from_outside()
print(next(g), next(g))
g.close()
print("closed")

g = closed_from_outside()
next(g)
try:
    g.throw(IndexError("in"))
except IndexError as e:
    print("thrown", e)

def exhausted():
    for x in source("I", 2):
        yield x
    else:
        print("else ran")
    yield "tail"

print(list(exhausted()))

def break_with_finally():
    for x in source("J", 5):
        try:
            if x == 1:
                break
        finally:
            print("finally x", x)
        yield x

print(list(break_with_finally()))

class Closer:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        return self.i
    def close(self):
        print("Closer.close should not be called by a loop")

def not_a_generator():
    for x in Closer():
        if x > 2:
            break
        yield x

print(list(not_a_generator()))

