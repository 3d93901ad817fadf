def outer():
    value = "function"
    class C:
        value = "class attribute"
        def get(self):
            return value
        def set(self, v):
            nonlocal value
            value = v
    c = C()
    print(c.get(), C.value)
    c.set("updated")
    print(c.get(), C.value, value)

outer()
