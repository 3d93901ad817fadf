x = "outer"
print([x for x in range(3)])
print(x)
squares = {x: x * x for x in range(3)}
print(x, squares)
