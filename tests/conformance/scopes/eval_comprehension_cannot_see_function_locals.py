def f():
    y = 10
    print(eval("y + 1"))
    try:
        return eval("[x + y for x in range(2)]")
    except NameError as e:
        return f"NameError: {e}"
print(f())
