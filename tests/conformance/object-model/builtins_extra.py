# __import__, breakpoint, memoryview and open in builtins; dir() of a module
import builtins
m = __import__('sys')
print(m.__name__, __import__('os.path').__name__, __import__('os.path', fromlist=['join']).__name__)
for args in [('',), (5,)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__('sys', level=-1)
except ValueError as e:
    print(e)
print(breakpoint() is None if False else 'breakpoint skipped')
print(all(hasattr(builtins, n) for n in ['open', 'memoryview', '__import__', 'breakpoint', 'help']))
import math
print('sqrt' in dir(math), '__class__' in dir(math), dir(math) == sorted(dir(math)))
