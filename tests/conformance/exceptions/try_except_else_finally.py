def attempt(v):
    try:
        r = 10 / v
    except ZeroDivisionError:
        print("division by zero")
        return "failed"
    except TypeError as e:
        print("type error:", e)
    else:
        print("ok", r)
        return "ok"
    finally:
        print("finally for", repr(v))
    return "end"

for v in [2, 0, "x"]:
    print(attempt(v))
