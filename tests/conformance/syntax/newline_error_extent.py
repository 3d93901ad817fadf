srcs = ["x = 1 +\n", "x = 1 +", "if x\n  pass\n", "def f(:\n", "x = (1,\n", "print 1\n", "x = 1 2\n", "f(a b)\n", "x = y = \n", "for x in range(3)\n    pass\n", "class A\n", "import\n", "a.\n", "x +=\n", "del\n", "x = [1, 2\n]", "return\n", "lambda:\n"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
    except SyntaxError as e:
        print(repr(s), repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
