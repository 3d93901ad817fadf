class Outer:
    a = 1
    class Inner:
        try:
            b = a
        except NameError as e:
            err = str(e)
    print("Inner qualname:", Inner.__qualname__)
print(Outer.Inner.err, Outer.Inner.__qualname__)
