def counted(fn):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print(f"call {calls} of {fn.__name__}")
        return fn(*args, **kwargs)
    wrapper.get_calls = lambda: calls
    return wrapper

@counted
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), add.get_calls(), add.__name__, add.__qualname__)
