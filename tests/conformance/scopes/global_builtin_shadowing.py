def show():
    return len("abc")

print(show())
def len(x):
    return "shadowed"
print(show())
del len
print(show())
import builtins
print(builtins.len is len)
