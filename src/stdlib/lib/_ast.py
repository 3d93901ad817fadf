"""The _ast module of pycell.

CPython keeps its syntax tree classes in the C module _ast and re-exports them from
ast; pycell builds them in ast, so this module hands out the same class objects.
"""

import ast as _ast_py

for _name, _value in vars(_ast_py).items():
    if isinstance(_value, type) and issubclass(_value, _ast_py.AST):
        globals()[_name] = _value

PyCF_ONLY_AST = _ast_py.PyCF_ONLY_AST
PyCF_TYPE_COMMENTS = _ast_py.PyCF_TYPE_COMMENTS
PyCF_ALLOW_TOP_LEVEL_AWAIT = _ast_py.PyCF_ALLOW_TOP_LEVEL_AWAIT

del _name, _value, _ast_py
