class EventBus:
    def __init__(self):
        self.handlers = {}
    def on(self, name):
        def register(fn):
            self.handlers.setdefault(name, []).append(fn)
            return fn
        return register
    def emit(self, name, *args):
        return [h(*args) for h in self.handlers.get(name, [])]

bus = EventBus()
log = []
@bus.on("greet")
def hello(who):
    log.append(f"hello {who}")
    return len(who)
@bus.on("greet")
def shout(who):
    return who.upper()
def make_counter(tag):
    count = 0
    def counter(*_):
        nonlocal count
        count += 1
        return f"{tag}#{count}"
    return counter
bus.on("greet")(make_counter("c"))
print(bus.emit("greet", "ann"), bus.emit("greet", "bo"), bus.emit("none"), log)
