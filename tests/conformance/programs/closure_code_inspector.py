# A learner's "closure inspector": for each closure, show its free variables, the
# cells behind them, what its code object says, and what happens when cells change.
import types


def describe(fn):
    code = fn.__code__
    print(f"{fn.__qualname__}:")
    print("  args     ", code.co_varnames[:code.co_argcount], "kwonly", code.co_kwonlyargcount)
    print("  locals   ", code.co_varnames, "nlocals", code.co_nlocals)
    print("  cellvars ", code.co_cellvars)
    print("  freevars ", code.co_freevars)
    print("  names    ", code.co_names)
    consts = [c.co_name if isinstance(c, types.CodeType) else c for c in code.co_consts]
    print("  consts   ", consts)
    for name, cell in zip(code.co_freevars, fn.__closure__ or ()):
        try:
            value = cell.cell_contents
        except ValueError as e:
            value = f"<{e}>"
        print(f"  cell {name} = {value!r}")


def make_bank(balance=0):
    history = []

    def deposit(amount, *, note="deposit"):
        nonlocal balance
        if amount <= 0:
            raise ValueError(f"bad amount {amount!r}")
        balance += amount
        history.append((note, amount))
        return balance

    def report():
        lines = ["%s: %s" % (note, amount) for note, amount in history]
        return "\n".join(lines) or "(empty)"

    return deposit, report


deposit, report = make_bank(100)
describe(deposit)
describe(report)
deposit(50)
deposit(25, note="gift")
print(report())
describe(deposit)
deposit.__closure__[0].cell_contents = 0
print(deposit(1))


def late():
    fns = []
    for i in range(3):
        fns.append(lambda: i * 10)
    del i
    return fns


for f in late():
    describe(f)
    try:
        print(f())
    except NameError as e:
        print(type(e).__name__, e)

early = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in early], early[0].__defaults__, early[0].__code__.co_consts)
try:
    deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
deposit(0)
