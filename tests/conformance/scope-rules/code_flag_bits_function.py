# co_flags bits: OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS, NESTED, GENERATOR, COROUTINE.
# Context: function level (the same rule at module, class and function level).
def context():
    import inspect
    def names(flags):
        return [n for n in ("CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS", "CO_NESTED", "CO_GENERATOR", "CO_COROUTINE") if flags & getattr(inspect, n)]
    def plain(*a, **k):
        def nested():
            yield 1
        return nested
    async def coro():
        pass
    print(names(plain.__code__.co_flags))
    print(names(plain().__code__.co_flags))
    print(names(coro.__code__.co_flags))

context()
