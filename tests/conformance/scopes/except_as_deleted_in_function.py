def f():
    e = "before"
    try:
        raise ValueError("boom")
    except ValueError as e:
        print("inside:", e)
    try:
        return e
    except UnboundLocalError as err:
        return f"after: {err}"

print(f())
