a = "module a"
def f(a, b=a):
    return a, b
print(f("param"))
try:
    def g(p, q=p):
        return q
except NameError as e:
    print(e)
