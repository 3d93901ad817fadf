def describe(v):
    match v:
        case 0:
            return "zero"
        case [x, y]:
            return f"pair {x} {y}"
        case {"k": val}:
            return f"dict {val}"
        case str() as s if len(s) > 2:
            return f"long str {s}"
        case int(n) | float(n):
            return f"number {n}"
        case _:
            return "other"

for v in [0, [1, 2], {"k": 9}, "hello", "hi", 7, 2.5, None]:
    print(describe(v))
