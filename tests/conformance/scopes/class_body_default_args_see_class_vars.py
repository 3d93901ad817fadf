class C:
    default = "class default"
    def m(self, v=default):
        return v
print(C().m(), C().m("given"))
