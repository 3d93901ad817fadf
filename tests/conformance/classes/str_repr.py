class Both:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
class Neither:
    pass
print(Both(), str(Both()), repr(Both()), [Both()], f"{Both()} {Both()!r}")
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print(repr(Neither()).startswith("<__main__.Neither object at 0x"))
print(Neither())
