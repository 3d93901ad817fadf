# An error raised while a `for` loop fetches its next item is reported at the
# `for` line, not at the last line of the body that ran before it.
def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - FIRST))
        tb = tb.tb_next
    return out

FIRST = lines.__code__.co_firstlineno

def gen():
    yield 1
    raise ValueError("boom")

def loop_over_gen():
    total = 0
    for x in gen():
        total += x
        total += 1
    return total

class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("next")

def loop_over_bad():
    for x in Bad():
        pass
        pass

def loop_over_int():
    for x in 5:
        pass

def unpack_error():
    for a, b in [(1, 2), (1, 2, 3)]:
        x = a
        y = b

def loop_with_else():
    it = iter(gen())
    for x in it:
        y = x
    else:
        z = 0

def gen_caller():
    # the same loop inside a generator (state-machine compiled)
    for x in gen():
        yield x
        yield x + 1

for f in (loop_over_gen, loop_over_bad, loop_over_int, unpack_error, loop_with_else, lambda: list(gen_caller())):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, lines(e)[1:])
