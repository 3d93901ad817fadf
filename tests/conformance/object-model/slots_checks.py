# __slots__: validation errors, member descriptors, mangling, __dict__/__weakref__ slots
def t(src):
    try:
        exec(src, {})
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
t("class C: __slots__ = [None]")
t("class C: __slots__ = ['foo bar']")
t("class C: __slots__ = ['__dict__', '__dict__']")
t("class B: pass\nclass C(B): __slots__ = ['__dict__']")
t("class B: pass\nclass C(B): __slots__ = ['__weakref__']")
t("class E(Exception): __slots__ = ['__weakref__']")
t("class C:\n  __slots__ = ['x']\n  x = 1")
t("class C(int): __slots__ = ['x']")
t("class C(tuple): __slots__ = ['x']")
t("class C(int): __slots__ = ()")
t("class C: __slots__ = 1")

class C:
    __slots__ = ['a', '__p']
m = C.__dict__['a']
print(m, type(m).__name__, m.__name__, m.__objclass__ is C, m.__qualname__)
c = C()
try:
    c.a
except AttributeError as e:
    print(e)
try:
    c.b = 1
except AttributeError as e:
    print(e)
try:
    del c.a
except AttributeError as e:
    print("del:", e)
m.__set__(c, 5)
print(c.a, m.__get__(c, C), m.__get__(None, C) is m, hasattr(c, '__dict__'))
try:
    m.__get__(3)
except TypeError as e:
    print(e)
print([k for k in C.__dict__ if k != '__doc__'])

class ___:
    __slots__ = ['__x']
print('__x' in ___.__dict__)
