# exec/eval with a custom __builtins__ in globals, dict-subclass namespaces, mapping locals
import types
code = compile("print('Hello World!')", "", "exec")
for b in [{}, 123]:
    try: exec(code, {'__builtins__': b})
    except Exception as e: print(type(e).__name__, e)
class frozendict_error(Exception): pass
class frozendict(dict):
    def __setitem__(self, key, value):
        raise frozendict_error("frozendict is readonly")
frozen_builtins = frozendict(__builtins__.__dict__)
code = compile("__builtins__['superglobal']=2; print(superglobal)", "test", "exec")
try: exec(code, {'__builtins__': frozen_builtins})
except frozendict_error as e: print("frozen", e)
code = compile("class A: pass", "", "exec")
for b in [{}, frozendict()]:
    try: exec(code, {'__builtins__': b})
    except NameError as e: print(e)
exec(code, {'__builtins__': frozen_builtins}); print("ok class")
try: exec(compile("x=1", "test", "exec"), frozendict({}))
except frozendict_error as e: print("frozen ns", e)
class setonlyerror(Exception): pass
class setonlydict(dict):
    def __getitem__(self, key): raise setonlyerror
for c, g in [("globalname", setonlydict({'globalname': 1})), ("superglobal", {'__builtins__': setonlydict({'superglobal': 1})})]:
    try: exec(c, g)
    except setonlyerror: print("setonly")
class customdict(dict): pass
exec("print(superglobal)", {'__builtins__': customdict({'superglobal': 1, 'print': print})})
try: exec("superglobal", {'__builtins__': customdict()})
except NameError as e: print(e)
class M:
    def __getitem__(self, key):
        if key == 'a': return 12
        raise KeyError
    def keys(self): return list('zyx')
m = M(); g = globals()
print(eval('a', g, m), eval('dir()', g, m), eval('globals()', g, m) is g, eval('locals()', g, m) is m)
g = {'__builtins__': {'len': len}}
exec("def f(x): return len(x)\nr = f('abc')", g); print(g['r'])
def body():
    print('body ran')
C = __build_class__(body, 'C'); print(C.__name__, sorted(k for k in C.__dict__ if not k.startswith('__')))
D = __build_class__(body, 'D', C); print(D.__mro__[1] is C)
for bad in [(), (1, 'C'), (body, 1), (body,)]:
    try: __build_class__(*bad)
    except TypeError as e: print(e)
