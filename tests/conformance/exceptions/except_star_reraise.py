# except*: re-raised parts keep the original group's message; new exceptions are grouped
def run(body):
    try:
        body()
    except BaseException as e:
        print(repr(e))
def a():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(3)
def b():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
def c():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError(2)
def d():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError):
        raise KeyError(3)
def e():
    try:
        raise ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
    except* ValueError:
        raise
    except* TypeError:
        pass
def f():
    try:
        raise ValueError(1)
    except* 42:
        pass
for g in (a, b, c, d, e, f):
    run(g)
eg = ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('x', [ValueError(3)])])
eg.add_note("note")
m, r = eg.split(lambda x: isinstance(x, ValueError))
print(repr(m), repr(r), m.__notes__, r.__notes__)
print(repr(eg.subgroup(lambda x: False)), repr(eg.subgroup(lambda x: x is eg)))
class MyEG(ExceptionGroup):
    pass
try:
    MyEG('m', [KeyboardInterrupt()])
except TypeError as x:
    print(x)
print(repr(MyEG('m', [ValueError(1), TypeError(2)]).split(ValueError)))
print(ExceptionGroup[ValueError])
try:
    eg.split(42)
except TypeError as x:
    print(x)
