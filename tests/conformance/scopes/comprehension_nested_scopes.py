def f():
    m = 3
    return [[i * j * m for j in range(i)] for i in range(4)]

print(f())
print([[(i, j) for j in range(i)] for i in range(3)])
matrix = [[1, 2], [3, 4]]
print([x for row in matrix for x in row], [[row[k] for row in matrix] for k in range(2)])
