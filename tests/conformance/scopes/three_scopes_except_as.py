try:
    raise ValueError("m")
except ValueError as e_mod:
    pass
print("module:", "e_mod" in globals())
class C:
    try:
        raise ValueError("c")
    except ValueError as e_cls:
        pass
print("class:", hasattr(C, "e_cls"))
def func():
    try:
        raise ValueError("f")
    except ValueError as e_fn:
        pass
    return "e_fn" in locals(), func.__code__.co_varnames
print("function:", func())
