for cls in [ZeroDivisionError, KeyError, IndexError, UnboundLocalError, RecursionError, StopIteration, FileNotFoundError, NotImplementedError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
