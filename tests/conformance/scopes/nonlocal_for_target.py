def outer():
    i = "unset"
    def loop():
        nonlocal i
        for i in range(3):
            pass
    loop()
    return i
print(outer())
