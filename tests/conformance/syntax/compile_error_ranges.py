# compiler errors (compile.c compiler_error) carry the node's whole range
cases = [
 "break", "continue", "return 1", "x = 1\nreturn", "for x in y:\n  pass\nelse:\n  break",
 "def f():\n  yield 1\n  return 2\nasync def g():\n  yield 1\n  return 2",
 "async def g():\n  yield 1\n  return (1,\n 2)",
 "def f():\n  async for x in y: pass", "def f():\n  async with x: pass",
 "*a = 1", "[*a, *b] = 1", "f() = 1", "del f()", "(a, b) += 1",
 "await x", "def f():\n  await x", "[x async for x in y]", "class C:\n  return",
 "x = [i for i in range(3) if (yield)]", "def f():\n  x = [(yield) for i in y]",
 "nonlocal x", "def f():\n  global x\n  x: int",
 "for x in y:\n  def f():\n    break",
 "while 1:\n  class C:\n    continue",
 "try:\n  pass\nexcept* ValueError:\n  break",
 "for x in y:\n  try:\n    pass\n  except* ValueError:\n    continue",
 "def f():\n  try:\n    pass\n  except* ValueError:\n    return",
 "(*a) = 1", "a, *b, *c = d",
 "f(**x, *y)", "f(a=1, a=2)", "lambda: (yield)", "def f(a, a): pass",
 "x = yield = 1",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
