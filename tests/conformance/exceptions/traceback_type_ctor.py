import sys, types
def get_tb():
    try: raise OSError()
    except OSError as e: return e.__traceback__
other = get_tb(); frame = sys._getframe()
tb = types.TracebackType(other, frame, 1, 2)
print(tb.tb_next is other, tb.tb_frame is frame, tb.tb_lasti, tb.tb_lineno)
print(types.TracebackType(None, frame, 1, 2).tb_next)
for args in [("no", frame, 1, 2), (other, "no", 1, 2), (other, frame, "no", 2), (other, frame, 1, "x")]:
    try: types.TracebackType(*args)
    except TypeError as e: print("TypeError")
e = ValueError("x").with_traceback(tb)
print(e.__traceback__.tb_lineno, e.__traceback__.tb_next is other)
