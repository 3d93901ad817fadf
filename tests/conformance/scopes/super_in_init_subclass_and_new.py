class Base:
    seen = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.seen.append(cls.__name__)
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by = "Base.__new__"
        return obj
class Child(Base):
    def __new__(cls, v):
        obj = super().__new__(cls, v)
        obj.v = v
        return obj
c = Child(3)
print(Base.seen, c.made_by, c.v)
