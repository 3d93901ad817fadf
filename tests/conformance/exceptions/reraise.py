def risky():
    raise OSError("disk")

try:
    try:
        risky()
    except OSError:
        print("logging then re-raising")
        raise
except OSError as e:
    print("outer got", e)
try:
    raise
except RuntimeError as e:
    print(e)
