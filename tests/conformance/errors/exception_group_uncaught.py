# an uncaught exception group: its last report line (the boxed sub-exceptions above it)
def f():
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError("k")])])
f()
