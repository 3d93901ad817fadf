items = [1, 2]
factor = 3
print("module:", [i * factor for i in items])
class C:
    # The class-level factor is invisible to the comprehension: it finds the global one.
    items = [1, 2]
    factor = 30
    try:
        result = [i * factor for i in items]
    except NameError as e:
        result = f"NameError: {e}"
print("class:", C.result)
def func():
    items = [1, 2]
    factor = 3
    return [i * factor for i in items]
print("function:", func())
