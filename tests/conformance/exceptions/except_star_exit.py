# break/continue/return may not leave an except* block; loops inside it are fine
srcs = [
    "try: pass\nexcept* ValueError:\n  break",
    "for i in x:\n try: pass\n except* ValueError:\n  continue",
    "def f():\n try: pass\n except* ValueError:\n  return 1",
    "try: pass\nexcept* ValueError:\n  for i in x: break",
    "try: pass\nexcept* ValueError:\n  def g():\n    return 2",
    "for i in x:\n try: pass\n except* ValueError:\n  while y: continue",
]
for src in srcs:
    try:
        compile(src, 's', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg, e.lineno)
