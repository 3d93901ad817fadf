import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@logged
def compute(x):
    "Compute things."
    return x * 2

print(compute(4), compute.__name__, compute.__qualname__, compute.__doc__)
print(compute.__wrapped__(5), compute.__wrapped__.__closure__, compute.__code__.co_name)
