class Outer:
    def build(self, tag):
        label = tag.upper()
        class Inner:
            name = label
            def show(self):
                return label + "!"
        return Inner
I = Outer().build("x")
print(I.name, I().show(), I.__qualname__, I.show.__code__.co_freevars)
