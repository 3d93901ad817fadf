# __closure__ is None without free variables and cannot be assigned.
# Context: class level (the same rule at module, class and function level).
class Context:
    def plain():
        return 1
    print(plain.__closure__)
    try:
        plain.__closure__ = ()
    except AttributeError as e:
        print("AttributeError:", e)
