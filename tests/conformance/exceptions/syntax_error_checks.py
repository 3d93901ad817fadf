# compile-time checks (except: last, late __future__), SyntaxError(msg, info) arity, caret lines of the interpreter's report
for src in ['try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass', 'x=1\nfrom __future__ import division', '"doc"\nfrom __future__ import division\nx=1', 'try:\n  pass\nexcept:\n  pass\nexcept* ValueError:\n  pass']:
    try:
        compile(src, 'f', 'exec'); print('ok')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for a in [('bad.py', 1, 2), ('bad.py', 1, 2, 4, 5, 6, 7), ('bad.py', 1, 2, 'abcdefg', 1), ('bad.py', 1, 2, 'x', 1, None)]:
    try:
        e = SyntaxError('bad bad', a); print(e.end_lineno, e.end_offset, e.print_file_and_line)
    except TypeError as e:
        print(e)
import sys
cases = [("bad.py", 1, 2, "abcdefg", 1, 7), ("bad.py", 1, 2, "abcdefg", 1, 3), ("bad.py", 1, 2, "abcdefg", 1, -2), ("bad.py", 1, 4, "abcdefg", 1, 2),
 ("bad.py", 1, -4, "abcdefg", 1, -2), ("bad.py", 1, -4, "abcdefg", 1, -5), ("bad.py", 1, 0, "abcdefg", 1, 0), ("bad.py", 1, 0, "abcdefg", 1, 5), ("bad.py", 1, 2, "abcdefg", 1, 100),
 ("bad.py", 1, 3, "  abcdefg\n", 1, 5), ("bad.py", 1, 12, "abcdefg", 1, 14), ("bad.py", 1, 3, "abc", None, None)]
for args in cases:
    try:
        raise SyntaxError("bad bad", args)
    except SyntaxError:
        import io
        sys.stderr = io.StringIO()
        sys.__excepthook__(*sys.exc_info())
        text, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
        print(text.replace(__file__, 'FILE'))
