class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class NotFound(AppError):
    pass
for exc in [NotFound("no such page", 404), AppError("generic")]:
    try:
        raise exc
    except NotFound as e:
        print("not found:", e)
    except AppError as e:
        print("app error:", e, repr(e))
