# closures: event system / callbacks / memoizers / accumulators
import functools
def make_accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    add.reset = lambda: total.clear()
    add.history = total
    return add
acc = make_accumulator()
print(acc(10), acc(5), acc.history, acc.reset(), acc(1))
print(acc.__closure__[0].cell_contents is acc.history)
class EventBus:
    def __init__(self):
        self._handlers = {}
    def on(self, event):
        def register(fn):
            self._handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args):
        return [h(*args) for h in self._handlers.get(event, [])]
bus = EventBus()
@bus.on("greet")
def hello(name): return f"hello {name}"
@bus.on("greet")
def shout(name): return name.upper()
print(bus.emit("greet", "ann"), bus.emit("none"))
print(bus.on.__func__.__code__.co_cellvars, bus.on("x").__code__.co_freevars)
def memoize(fn):
    cache = {}
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        if args in cache:
            return cache[args]
        result = cache[args] = fn(*args)
        return result
    wrapper.stats = lambda: (calls, len(cache))
    return wrapper
@memoize
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.stats(), fib.__name__, fib.__code__.co_freevars)
def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(pipeline("  Hello World  "), pipeline.__qualname__, pipeline.__closure__ and len(pipeline.__closure__))
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
def counter_factory():
    counters = {}
    def get(name):
        if name not in counters:
            count = 0
            def inc():
                nonlocal count
                count += 1
                return count
            counters[name] = inc
        return counters[name]
    return get
get = counter_factory()
a, b = get("a"), get("b")
print(a(), a(), b(), get("a")(), a.__closure__[0].cell_contents, b.__code__.co_freevars)
def rate_limited(limit):
    def deco(fn):
        used = 0
        @functools.wraps(fn)
        def inner(*a, **k):
            nonlocal used
            if used >= limit:
                raise RuntimeError(f"{fn.__name__} called more than {limit} times")
            used += 1
            return fn(*a, **k)
        return inner
    return deco
@rate_limited(2)
def ping(): return "pong"
print(ping(), ping())
try: ping()
except RuntimeError as e: print(e)
print([c.cell_contents for c in ping.__closure__ if not callable(c.cell_contents)])
print(sorted(c.cell_contents.__name__ if callable(c.cell_contents) else repr(c.cell_contents) for c in ping.__closure__))
gens = [(lambda: (yield i))() for i in range(3)]
print([next(g) for g in gens])
def outer_gen():
    x = 0
    def bump(): 
        nonlocal x; x += 1
    for _ in range(3):
        bump()
        yield x
print(list(outer_gen()))
class Registry:
    items = []
    register = lambda item, items=items: items.append(item)
    [register(i) for i in range(2)] if False else None
Registry.register(5); print(Registry.items)
x = 1
class A:
    x = 2
    y = [x for _ in range(2)]
    z = (lambda: x)()
print(A.y, A.z)
def f():
    x = 3
    class B:
        y = [x for _ in range(2)]
        x = 4
        z = x
    return B.y, B.z
print(f())
ping()
