# compile(): keyword arguments, optimize levels, buffer sources, flags and mode errors
src = '''def f():
    """doc"""
    flag = False
    if __debug__:
        flag = True
    try:
        assert False
    except AssertionError:
        return (True, f.__doc__, flag, __debug__)
    return (False, f.__doc__, flag, __debug__)
'''
for opt in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, "<t>", "exec", optimize=opt), ns)
    print(opt, ns["f"]())
print(eval(compile(memoryview(b"6 * 7"), "m", "eval")), eval(compile(bytearray(b"1 + 1"), "m", "eval")))
print(eval(compile(dont_inherit=False, filename='tmp', source='0', mode='eval')))
def tr(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
tr(lambda: compile())
tr(lambda: compile('pass', '?', 'exec', mode='eval', source='0', filename='tmp'))
tr(lambda: compile('print(42)\n', '<string>', 'single', 0xff))
tr(lambda: compile(chr(0), 'f', 'exec'))
tr(lambda: compile('x', 'f', 'exec', optimize=3))
tr(lambda: compile(3, 'f', 'exec'))
tr(lambda: compile('x = 1', 'f', 'eval'))
tr(lambda: eval('x = 1'))
tr(lambda: eval("f'' = 3"))
tr(lambda: compile("(**a)", "f", "exec"))
tr(lambda: compile("f'{**a}'", "f", "exec"))
tr(lambda: compile("f'{*a}'", "f", "exec"))
print(f'\{6*7}' == '\\' + '42')
