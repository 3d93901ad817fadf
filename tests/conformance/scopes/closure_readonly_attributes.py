def outer():
    x = 1
    return lambda: x
f = outer()
for attr, value in [("__closure__", ()), ("__globals__", {}), ("__code__", None)]:
    try:
        setattr(f, attr, value)
        print(attr, "set")
    except (AttributeError, TypeError) as e:
        print(attr, type(e).__name__, e)
