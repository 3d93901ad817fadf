def factory():
    calls = 0
    class Tracker:
        def hit(self):
            nonlocal calls
            calls += 1
            return calls
    t = Tracker()
    t.hit(); t.hit()
    return calls, Tracker

calls, Tracker = factory()
print(calls, Tracker().hit(), Tracker.hit.__code__.co_freevars)
print(Tracker.hit.__qualname__)
