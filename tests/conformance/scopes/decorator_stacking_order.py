def tag(name):
    def deco(fn):
        print("decorating with", name)
        def wrapper():
            return f"<{name}>{fn()}</{name}>"
        return wrapper
    return deco

@tag("b")
@tag("i")
def text():
    return "hello"

print(text())
