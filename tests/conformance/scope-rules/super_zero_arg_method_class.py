# zero-argument super() in a method and in a classmethod.
# Context: class level (the same rule at module, class and function level).
class Context:
    class Base:
        def who(self):
            return "Base.who"
        @classmethod
        def make(cls):
            return "Base.make " + cls.__name__
    class Child(Base):
        def who(self):
            return "Child+" + super().who()
        @classmethod
        def make(cls):
            return "Child+" + super().make()
    print(Child().who(), Child.make())
