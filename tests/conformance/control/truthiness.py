class Falsy:
    def __bool__(self):
        return False

class Sized:
    def __len__(self):
        return 0

class Plain:
    pass

for v in [0, 0.0, 0j, "", [], (), {}, set(), None, False, range(0), Falsy(), Sized(), 1, "0", [0], Plain(), -1, 0.1]:
    print(type(v).__name__, bool(v))
