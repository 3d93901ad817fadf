limit = 10
def check(v):
    return v < limit

print(check(5), check(50))
limit = 100
print(check(50))
print(check.__code__.co_names)
