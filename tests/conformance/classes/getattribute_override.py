class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"

l = Logged()
print(l.x)
print(l.missing)
