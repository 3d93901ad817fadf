print("never printed")
merged = {**part for part in [{"a": 1}, {"b": 2}]}
