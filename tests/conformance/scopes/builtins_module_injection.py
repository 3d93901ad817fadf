import builtins
builtins.injected_name = "from builtins"
def f():
    return injected_name
print(f(), injected_name)
injected_name = "module shadows builtins"
print(f())
del injected_name
print(f())
del builtins.injected_name
try:
    f()
except NameError as e:
    print(e)
