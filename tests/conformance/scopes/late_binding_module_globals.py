def show():
    return value

value = "defined after the function"
print(show())
value = "changed"
print(show())
