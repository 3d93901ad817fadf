# the first iterable of a comprehension is evaluated in the enclosing scope.
# Context: function level (the same rule at module, class and function level).
def context():
    def f():
        items = [1, 2, 3]
        log = []
        def source():
            log.append("source")
            return items
        gen = (x * 10 for x in source())
        log.append("made")
        print(log, list(gen))
    f()

context()
