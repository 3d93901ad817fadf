def say():
    greeting = 'Hello'

    def display():
        print(greeting)

    display()
