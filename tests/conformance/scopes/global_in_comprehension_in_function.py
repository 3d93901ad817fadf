factor = 3
def scale(values):
    return [v * factor for v in values]

print(scale([1, 2]))
factor = 10
print(scale([1, 2]))
