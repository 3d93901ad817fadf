# compile() reports the symtable's SyntaxError.
# Context: class level (the same rule at module, class and function level).
class Context:
    for src in ["def f():\n    from os import *\n", "def f(a):\n    nonlocal a\n", "nonlocal q\n", "def f():\n    x = 1\n    global x\n"]:
        try:
            compile(src, "<src>", "exec")
        except SyntaxError as e:
            print(e.msg, e.lineno)
