def outer():
    def middle():
        def inner():
            pass
        return inner
    return middle
m = outer()
i = m()
print(outer.__qualname__, m.__qualname__, i.__qualname__, i.__name__)
print(i.__code__.co_qualname, (lambda: 0).__qualname__)
def with_lambda():
    return lambda: lambda: 0
print(with_lambda()().__qualname__)
