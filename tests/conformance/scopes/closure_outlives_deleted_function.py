def make():
    secret = "kept alive by the closure"
    def reveal():
        return secret
    return reveal
r = make()
del make
print(r(), r.__closure__[0].cell_contents)
