data = [1, 5, 9, 2]
if (n := len(data)) > 3:
    print("long", n)
while (item := data.pop()) != 9:
    print("popped", item)
print(data, item)
print([y for x in range(5) if (y := x * x) > 4])
print(y)
