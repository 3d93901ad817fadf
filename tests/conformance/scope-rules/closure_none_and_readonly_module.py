# __closure__ is None without free variables and cannot be assigned.
# Context: module level (the same rule at module, class and function level).
def plain():
    return 1
print(plain.__closure__)
try:
    plain.__closure__ = ()
except AttributeError as e:
    print("AttributeError:", e)
