def f():
    return missing_global
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    missing_at_module
except NameError as e:
    print(type(e).__name__, e)
class C:
    try:
        missing_in_class
    except NameError as e:
        print(type(e).__name__, e)
