values = [3, 2, 1, 0, 5]
it = iter(lambda: values.pop(0), 0)
print(list(it), values)
