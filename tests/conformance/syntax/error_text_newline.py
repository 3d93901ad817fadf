# SyntaxError.text: a parser error's text ends with the newline of the tokenizer's
# buffer when the error is on the tokenizer's current line; tokenizer errors and errors
# on an earlier line carry the line alone.
SOURCES = [
    "1 +* 2", "1 +* 2\n", "x = (1,\n", "x = (1,", "if 1:\n  pass\n   x\n",
    "a\n  b = 1\n", "f(**x, *y)\n", "'abc\n", "x = $\n", "\n\nx = 08\n",
    "def f():\n\treturn\n    x\n", "import a.b as\n", "x\r\ny ?\r\n",
    "x = 08 + 1\n", "x = 1_ + 2\n", "x = (1 + \\ 2)\n", "x = '''abc\n\ny",
    "x = (\n", "x = [1,\n 2\n", "x = (\n\n", "x = (\n# c\n",
    "def f(a=1, b):\n  pass\n", "x = (1 +\n 2 +* 3)\n", "a = 1\nb = (1,\n2 3)\n",
    "d = {1:2,\n 3}\n",
]
for src in SOURCES:
    try:
        compile(src, "<text>", "exec")
    except SyntaxError as e:
        print(repr(src), repr(e.text), e.offset, e.lineno, e.msg)
