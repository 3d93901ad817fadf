def f():
    try:
        return [v for v in range(3) if v > limit]
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    finally:
        pass
    limit = 1
print(f())
