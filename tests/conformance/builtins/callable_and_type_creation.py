T = type("T", (), {"x": 1, "get": lambda self: self.x * 2})
t = T()
print(T.__name__, t.x, t.get(), isinstance(t, T), T.__bases__)
print(callable(T), callable(t), callable(t.get))
