# inspect.currentframe, inspect.stack and getframeinfo.
import inspect

def report():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(info.function, info.lineno, info.code_context)
    names = [fi.function for fi in inspect.stack()]
    print(names)
    outer = inspect.stack()[1]
    print(outer.function, outer.lineno, outer.code_context[0].strip())

def caller():
    report()

caller()
print(inspect.currentframe().f_code.co_name)
