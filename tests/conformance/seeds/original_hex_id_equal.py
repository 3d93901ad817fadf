# The two addresses of the original tutorial, compared rather than printed.
seen = []

def say():
    greeting = 'Hello'

    def display():
        seen.append(hex(id(greeting)))
        print(greeting)

    seen.append(hex(id(greeting)))
    return display


fn = say()
fn()
print(len(seen), seen[0] == seen[1])
print(hex(id(fn.__closure__[0].cell_contents)) == seen[0])
