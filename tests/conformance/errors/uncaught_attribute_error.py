class C:
    pass
C().missing_method()
