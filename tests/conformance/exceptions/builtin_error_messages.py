tests = [
    lambda: [1, 2][5],
    lambda: {"a": 1}["b"],
    lambda: undefined_name,
    lambda: (1).foo,
    lambda: "abc".nope(),
    lambda: int("x"),
    lambda: [None][0](),
    lambda: [] + (),
    lambda: {}[[1]],
    lambda: "abc" + 1,
    lambda: [].pop(),
    lambda: [1].index(2),
    lambda: {1}.remove(2),
    lambda: (1, 2)[float("1.5")],
    lambda: abs("x"),
    lambda: iter(1),
    lambda: next(iter([])),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
