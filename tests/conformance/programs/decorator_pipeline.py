import functools
def trace(fn):
    depth = 0
    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal depth
        print("  " * depth + f"-> {fn.__name__}{args}")
        depth += 1
        try:
            result = fn(*args)
        finally:
            depth -= 1
        print("  " * depth + f"<- {result}")
        return result
    return wrapper
@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib(3)
print(fib.__name__, fib.__wrapped__(2))
