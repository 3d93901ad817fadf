def make(base_value):
    class Base:
        value = base_value
    class Derived(Base):
        doubled = Base.value * 2
    return Derived
D = make(21)
print(D.value, D.doubled, [k.__qualname__ for k in D.__mro__])
