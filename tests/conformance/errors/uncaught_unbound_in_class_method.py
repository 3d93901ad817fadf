class C:
    def m(self):
        value += 1
C().m()
