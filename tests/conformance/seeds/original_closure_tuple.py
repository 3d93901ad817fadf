# The cell behind the closure, as the original tutorial prints it.
def say():
    greeting = 'Hello'

    def display():
        print(greeting)

    return display


fn = say()
print(fn.__closure__)
