# sys.setrecursionlimit below the current depth is refused (RecursionError)
import sys
def f(n):
    if n: return f(n-1)
    try: sys.setrecursionlimit(5)
    except RecursionError as e: print(e)
f(10)
def g():
    try:
        sys.setrecursionlimit(1)
    except RecursionError as e:
        print(type(e).__name__, str(e).split(':')[1])
g()
old = sys.getrecursionlimit()
sys.setrecursionlimit(50)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print('deep', e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
