class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes {self.sound()}"
    def sound(self):
        return "a sound"

class Cat(Animal):
    def sound(self):
        return "meow"

class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def sound(self):
        return super().sound().upper() + "!"

for a in [Animal("generic"), Cat("Tom"), Lion("Leo", 5)]:
    print(a.speak())
print([c.__name__ for c in Lion.__mro__], Lion.__bases__[0].__name__)
