def outer():
    latest = None
    def scan(items):
        nonlocal latest
        return [latest := i for i in items if i % 2]
    print(scan([1, 2, 3, 4, 5]))
    return latest

print(outer())
