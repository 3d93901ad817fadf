def say():
    greeting = 'Hello'

    def display():
        print(greeting)

    return display


fn = say()
cell = fn.__closure__[0]
print(type(cell).__name__)
print(cell.cell_contents)
print(len(fn.__closure__))
