# a generator closing over a variable: send, throw, close.
# Context: function level (the same rule at module, class and function level).
def context():
    def make():
        log = []
        def gen():
            try:
                while True:
                    got = yield len(log)
                    log.append(got)
            except ValueError:
                log.append("thrown")
                yield "after throw"
            finally:
                log.append("closed")
        return gen(), log
    g, log = make()
    print(next(g), g.send("a"), g.send("b"))
    print(g.throw(ValueError))
    g.close()
    print(log)

context()
