def outer():
    try:
        raise ValueError("v")
    except ValueError as err:
        pass
    def inner():
        nonlocal err
        err = "rebound"
    inner()
    return err
print(outer())
