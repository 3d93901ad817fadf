def none_implicit():
    x = 1

def none_explicit():
    return

def multi():
    return 1, "two", [3]

def early(n):
    for i in range(n):
        if i == 2:
            return i
    return -1

print(none_implicit(), none_explicit(), multi(), early(5), early(1))
a, b, c = multi()
print(a, b, c)
