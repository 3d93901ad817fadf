def check(v):
    try:
        if v == 1:
            raise IndexError("idx")
        if v == 2:
            raise KeyError("key")
        if v == 3:
            raise ValueError("val")
        return "none"
    except (IndexError, KeyError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__

print([check(v) for v in range(4)])
