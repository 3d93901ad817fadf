def outer():
    state = "start"
    def work(fail):
        nonlocal state
        try:
            state = "working"
            if fail:
                raise RuntimeError("failed")
            state = "done"
        finally:
            state += "+finally"
    work(False)
    first = state
    try:
        work(True)
    except RuntimeError:
        pass
    return first, state
print(outer())
