def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def hello(name):
    return f"hi {name}"

print(hello("ann"))
print(hello.__code__.co_freevars, hello.__closure__[0].cell_contents.__name__, hello.__closure__[1].cell_contents)
