# str subclass construction when __str__/__repr__ returns a str subclass instance: the
# new instance holds the plain value (unicode_subtype_new)
class StrSubclass(str):
    pass
class OtherStrSubclass(str):
    pass
class WithStr:
    def __init__(self, value):
        self.value = value
    def __str__(self):
        return self.value
class WithRepr:
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return self.value
class StrWithStr(str):
    def __new__(cls, value):
        self = str.__new__(cls, "")
        self.value = value
        return self
    def __str__(self):
        return self.value
for make in [lambda: str(WithStr(StrSubclass('abc'))), lambda: StrSubclass(WithStr('abc')),
             lambda: StrSubclass(WithStr(StrSubclass('abc'))), lambda: StrSubclass(WithStr(OtherStrSubclass('abc'))),
             lambda: str(StrWithStr(StrSubclass('abc'))), lambda: StrSubclass(StrWithStr(OtherStrSubclass('abc'))),
             lambda: StrSubclass(WithRepr(OtherStrSubclass('<abc>'))), lambda: str(WithRepr(StrSubclass('<abc>')))]:
    v = make()
    print(type(v).__name__, repr(v), len(v), v == 'abc' or v == '<abc>', v.upper())
