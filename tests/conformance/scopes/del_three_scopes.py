v = 1
del v
try:
    v
except NameError as e:
    print("module:", type(e).__name__, e)
class C:
    v = 1
    del v
    try:
        v
    except NameError as e:
        print("class:", type(e).__name__, e)
def f():
    v = 1
    del v
    try:
        v
    except NameError as e:
        print("function:", type(e).__name__, e)
f()
