# The first example, with the call that makes it print.
def say():
    greeting = 'Hello'

    def display():
        print(greeting)

    display()

say()
