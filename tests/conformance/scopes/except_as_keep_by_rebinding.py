def f():
    try:
        raise ValueError("kept")
    except ValueError as e:
        kept = e
    return kept

r = f()
print(type(r).__name__, r, r.__traceback__ is not None)
