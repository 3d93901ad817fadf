# The same object is seen from both scopes: its address printed in say and in display.
def say():
    greeting = 'Hello'

    def display():
        print(hex(id(greeting)))
        print(greeting)

    print(hex(id(greeting)))
    return display


fn = say()
fn()
