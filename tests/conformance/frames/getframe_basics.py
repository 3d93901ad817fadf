# sys._getframe: code, line, back and globals of the running frames.
import sys

def inner():
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno)
    caller = sys._getframe(1)
    print(caller.f_code.co_name, caller.f_lineno, caller is f.f_back)
    print(f.f_globals is globals(), caller.f_back.f_code.co_name)
    return f

def outer():
    return inner()

frame = outer()
print(frame.f_code.co_name, type(frame).__name__)
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_locals is globals())
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError:", e)
