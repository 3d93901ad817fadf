class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BadIndex:
    def __index__(self):
        return "x"
for thunk in [lambda: bool(BadBool()), lambda: len(BadLen()), lambda: [1][BadIndex()], lambda: bool(BadLen())]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
