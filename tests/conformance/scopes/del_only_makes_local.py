x = "global"
def f():
    try:
        del x
    except UnboundLocalError as e:
        return str(e)
print(f(), x)
