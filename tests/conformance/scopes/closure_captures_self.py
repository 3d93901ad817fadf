class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0
    def handler(self):
        def on_click():
            self.clicks += 1
            return f"{self.label} clicked {self.clicks}"
        return on_click
b = Button("OK")
h = b.handler()
print(h(), h(), b.clicks, h.__code__.co_freevars)
