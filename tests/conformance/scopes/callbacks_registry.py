handlers = {}
def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return register
for level in ("low", "high"):
    @on("alarm")
    def handler(msg, level=level):
        return f"{level}: {msg}"
print([h("fire") for h in handlers["alarm"]])
