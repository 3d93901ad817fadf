a = 1
print("module:", [k for k in locals() if k in ("a", "b")])
class C:
    b = 2
    print("class:", [k for k in locals() if not k.startswith("__")])
def func(p):
    q = 2
    print("function:", locals())
func(1)
