def documented(a, b=1):
    "Adds things."
    return a + b

print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__module__, documented.__defaults__, documented.__code__.co_name)
documented.extra = "custom"
print(documented.extra, "extra" in documented.__dict__)
print(type(documented).__name__, callable(documented), callable(3))
def nodoc():
    pass
print(nodoc.__doc__)
