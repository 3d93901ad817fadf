e = ValueError("a", 2)
print(e.args, str(e), repr(e))
e2 = OSError(2, "No such file")
print(e2.errno, e2.strerror, str(e2), type(e2).__name__)
class Custom(Exception):
    def __str__(self):
        return "custom text"
print(str(Custom()), repr(Custom(1)))
try:
    raise Custom
except Custom as c:
    print(isinstance(c, Exception), c.__traceback__ is not None)
