class Config:
    def set(self, v):
        global setting
        setting = v
    def get(self):
        return setting
c = Config()
try:
    c.get()
except NameError as e:
    print(e)
c.set("on")
print(c.get(), setting)
