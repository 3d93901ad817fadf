def f():
    handlers = []
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as exc:
            handlers.append(lambda: exc)
    try:
        handlers[0]()
    except NameError as e:
        print(e)
    return len(handlers), handlers[0].__closure__[0] is handlers[1].__closure__[0]
print(f())
