# functools.wraps keeps the wrapped function's identity; partial binds arguments.
# Context: module level (the same rule at module, class and function level).
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def greet(name, punct="!"):
    "Say hello."
    return "hello " + name + punct
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
p = functools.partial(greet, punct="?")
print(p("y"), p.func is greet, p.keywords)
