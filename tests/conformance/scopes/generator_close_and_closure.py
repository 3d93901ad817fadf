def outer():
    log = []
    def gen():
        try:
            yield 1
            yield 2
        finally:
            log.append("cleanup")
    g = gen()
    next(g)
    g.close()
    return log
print(outer())
