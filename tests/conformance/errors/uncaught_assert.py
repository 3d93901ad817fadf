x = 3
assert x == 4, f"x should be 4, not {x}"
