# globals(), vars() and __import__.
# Context: module level (the same rule at module, class and function level).
m = __import__("types")
print(m.__name__, "m" in globals() or "m" in vars())
class K:
    z = 1
    print(sorted(k for k in vars() if not k.startswith("__")))
print(__import__("collections.abc", fromlist=["Mapping"]).__name__)
