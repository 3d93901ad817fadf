class C:
    exec("generated = 'made by exec'")
    x = 1
    exec("y = x + 1")
print(C.generated, C.y)
