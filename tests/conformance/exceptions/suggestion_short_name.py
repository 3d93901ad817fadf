# The default excepthook's "Did you mean" (suggestions.c) has no bound from the wrong
# name's length: '_v' gets 'v' (traceback.py's own version would not offer it).
class Temperature:
    def __init__(self, v):
        self.v = v

    @property
    def kelvin(self):
        return self._v + 273.15

print(Temperature(20).v)
print(Temperature(20).kelvin)
