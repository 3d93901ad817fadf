# f_lineno follows the frame as it runs, also for a caller's frame.
import sys

def where():
    return sys._getframe(1).f_lineno

def several():
    a = where()
    b = where()

    c = where()
    return a, b, c

print(several())
frames = []
def keep():
    frames.append(sys._getframe())
    x = 1
    frames.append(sys._getframe().f_lineno)
keep()
print(frames[1], frames[0].f_code.co_name)
