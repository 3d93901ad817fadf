ns = {}
exec("""
x = "global in ns"
class C:
    x = "class"
    def m(self):
        return x
""", ns)
print(ns["C"]().m(), ns["C"].x)
