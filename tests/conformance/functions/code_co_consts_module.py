# co_consts of module code: compile()'s code object lists its nested code objects
# (docstring first, None last); eval-mode code has no trailing None.
import sys
import types

def names(consts):
    return [c.co_name if isinstance(c, types.CodeType) else c for c in consts]

c = compile('"mod doc"\nimport os\nx = 1\ndef f(a=2):\n    return a\nclass K:\n    "d"\n    y = 3\n', 'm', 'exec')
print(names(c.co_consts))
for k in c.co_consts:
    if isinstance(k, types.CodeType):
        print(k.co_name, k.co_qualname, k.co_firstlineno, names(k.co_consts))
print(compile('[i for i in (1, 2)]', 'e', 'eval').co_consts[1:])
print(compile('x + 1', 'e', 'eval').co_consts)
print(compile('raise E\n', 's', 'exec').co_consts)
print(names(sys._getframe().f_code.co_consts[:3]))
ns = {}
exec(c, ns)
print(ns['f'](), ns['K'].y)
