class AppError(Exception):
    pass

class DbError(AppError):
    def __init__(self, code):
        super().__init__(f"db failed with {code}")
        self.code = code

try:
    raise DbError(42)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
try:
    raise KeyError("k")
except LookupError as e:
    print(repr(e), str(e))
