# exec/eval of the same source text again (compiled once by pycell, exec-cache.ts):
# every run still makes new function and code objects, with the right names, file,
# globals, defaults and tracebacks
import sys, traceback

src = '''
def make(scale=2):
    def inner(x, y=10):
        """doc"""
        if x < 0:
            raise ValueError('negative: %d' % x)
        return (x + y) * scale + bump
    return inner
bump = counter[0]
counter[0] += 1
'''
g = {'counter': [100]}
made = []
for i in range(3):
    exec(src, g)
    made.append(g['make'](i + 1))
f0, f1, f2 = made
print([f(1) for f in made], g['counter'])
print(f0 is f1, f0.__code__ is f1.__code__, g['make'].__code__.co_filename)
print(f0.__qualname__, f0.__name__, f0.__doc__, f0.__defaults__, f2.__code__.co_varnames)
print(f0.__globals__ is g, f0.__closure__[0].cell_contents, f2.__closure__[0].cell_contents)
f0.__defaults__ = (1000,)
print(f0(1), f1(1))

for f in made[:2]:
    try:
        f(-5)
    except ValueError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(e, [(fr.filename.rsplit('/', 1)[-1], fr.lineno, fr.name) for fr in tb])

# another namespace compiles its own copy; its globals are its own
h = {'counter': [7]}
exec(src, h)
print(h['make']()(0), g['make']()(0), h['make'].__globals__ is h)

# the same text with a locals mapping, and through eval
loc = {}
exec('y = x * 2', {'x': 4}, loc)
exec('y = x * 2', {'x': 5}, loc)
print(loc)
ns = {'a': 3}
print([eval('a * 10 + i', ns, {'i': i}) for i in range(3)], eval('a * 10 + i', ns, {'i': 9}))
print([eval('lambda: a', ns)() for _ in range(2)])

# a syntax error stays one every time
for _ in range(2):
    try:
        exec('def broken(:\n    pass', {})
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.filename)

# compile() then exec of the code object, and a class body
code = compile('class K:\n    v = w + 1\n    def m(self): return self.v\n', '<gen>', 'exec')
for w in (1, 2):
    ns = {'w': w}
    exec(code, ns)
    exec('class K:\n    v = w + 1\n    def m(self): return self.v\n', ns)
    print(ns['K']().m(), ns['K'].__qualname__, ns['K'].m.__code__.co_filename)

# a frame of the running generated function
src2 = 'def who():\n    import sys\n    f = sys._getframe()\n    return f.f_code.co_name, f.f_lineno, f.f_globals["tag"]\n'
for tag in ('a', 'b'):
    d = {'tag': tag}
    exec(src2, d)
    exec(src2, d)
    print(d['who']())

# a warning raised at compile time each time
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    for _ in range(2):
        exec('x = 1 is 1', {})
print([str(x.message) for x in w])
