def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]

print(f.__annotations__)
x: int = 5
y: str
print(__annotations__)
print(f(1))
