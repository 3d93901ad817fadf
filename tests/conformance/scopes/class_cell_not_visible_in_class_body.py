class C:
    try:
        __class__
    except NameError as e:
        err = str(e)
    def m(self):
        return __class__.__name__
print(C.err, C().m())
