# lru_cache with cache_info, cache, reduce.
# Context: class level (the same rule at module, class and function level).
class Context:
    import functools
    @functools.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(20), fib.cache_info())
    @functools.cache
    def sq(n):
        return n * n
    print(sq(3), sq(3), sq.cache_info().hits)
    print(functools.reduce(lambda a, b: a * b, range(1, 6)))
