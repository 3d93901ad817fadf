def add(item, bucket=[]):
    bucket.append(item)
    return bucket

first = add(1)
second = add(2)
print(first, second, first is second, add.__defaults__)
add.__defaults__ = ([],)
print(add(3))
