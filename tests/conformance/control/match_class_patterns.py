class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis at {x}"
        case Point(x=0, y=y):
            return f"y-axis at {y}"
        case Point():
            return "somewhere"
        case (a, b, *rest):
            return f"sequence {a} {b} {rest}"
        case {"x": x, **others}:
            return f"mapping {x} {others}"
    return "no match"

for v in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), [1, 2, 3, 4], {"x": 1, "z": 2}, 42]:
    print(where(v))
