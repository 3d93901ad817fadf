# compile()/eval() inputs: bytes-like sources decoded with their coding cookie, the
# filename as str, bytes, os.PathLike or (deprecated) another bytes-like object, and
# "single" mode's one-statement rule
import warnings
sources = [b'# -*- coding: latin1 -*-\n"\xc2\xa4"\n', b'"\xc2\xa4"\n', b'# -*- coding: iso8859-15 -*-\n"\xc2\xa4"\n',
           '# -*- coding: badencoding -*-\n"\xc2\xa4"\n', memoryview(b"1234")[1:-1], bytearray(b" 12"), [1]]
for src in sources:
    try:
        print(ascii(eval(src)))
    except Exception as e:
        print(type(e).__name__, e)

class Where:
    def __fspath__(self):
        return "where.py"
for fname in ["a.py", b"b.py", bytearray(b"c.py"), memoryview(b"d.py"), Where(), [1], 3]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            print(compile("pass", fname, "exec").co_filename, [str(x.message) for x in w])
        except TypeError as e:
            print("TypeError", e)

for src in ['1\n2', 'def f(): pass', 'def f(): pass\n', 'def f():\n  pass', 'if x: y', 'while x: pass\nelse: pass',
            'if x:\n  y\nelse: z\n', '@d\ndef f(): pass', 'x = 1', 'f()\n# note\ng()', '\n\nx\n\n', 'x = 1 # c\n# d\n']:
    try:
        compile(src, 's', 'single')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)

import builtins
setattr(builtins, '__debug__', 'changed')
print(__debug__)
