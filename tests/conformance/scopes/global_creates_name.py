def define():
    global created
    created = "made inside a function"

print("created" in globals())
define()
print(created, "created" in globals())
