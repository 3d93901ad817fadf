# Compile-time errors of async code.
sources = [
    "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    await x\n",
    "await x\n",
    "def f():\n    async with x: pass\n",
    "def f():\n    async for x in y: pass\n",
    "async def f():\n    lambda: await x\n",
    "def f():\n    return [await x for x in y]\n",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno)
