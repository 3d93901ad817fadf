# A statement spanning several lines: the traceback's line is that of the part that
# failed (CPython gives each instruction its node's line), not the statement's first.
def lines(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        out = []
        while tb is not None:
            out.append(tb.tb_lineno - f.__code__.co_firstlineno)
            tb = tb.tb_next
        print(f.__name__, type(e).__name__, out[1:])

def dict_display():
    config = {
        "a": 1,
        "b": int("x"),
    }

def nested_call():
    return max(1,
               len(5))

def attribute_on_next_line():
    s = "abc"
    return (s
            .nosuch)

def restored_after_inner():
    # the inner call on line 2 succeeds; the outer call fails at line 1
    return divmod(
        1, abs(0))

def listcomp_part():
    return [
        x / 0
        for x in range(3)]

def lambda_body():
    f = (lambda:
         {}["k"])
    return f()

def generator_part():
    def gen():
        yield (1,
               2 + "a")
    return list(gen())

def binop_start_line():
    a = 1
    return (a
            + "b")

def condition():
    if (True and
            [][0]):
        pass

for f in [dict_display, nested_call, attribute_on_next_line, restored_after_inner,
          listcomp_part, lambda_body, generator_part, binop_start_line, condition]:
    lines(f)
