# From the seed tutorial: a nested function, the closure it becomes, and its cell.
def say():
    greeting = 'Hello'

    def display():
        print(hex(id(greeting)))
        print(greeting)

    print(hex(id(greeting)))
    return display


fn = say()
fn()
print(fn.__closure__)
print(fn.__code__.co_freevars)
