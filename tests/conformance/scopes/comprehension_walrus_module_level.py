data = [3, 8, 1]
if any((big := v) > 5 for v in data):
    print("first big:", big)
print([(k := v) for v in "ab"], k)
print("k" in globals())
