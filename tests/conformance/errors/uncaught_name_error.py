print("before")
print(undefined_variable)
print("after")
