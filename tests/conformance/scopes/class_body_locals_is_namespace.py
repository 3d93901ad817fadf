class C:
    a = 1
    b = 2
    names = [k for k in locals() if not k.startswith("__")]
    print(sorted(locals()))
print(C.names, C.__module__, C.__qualname__)
