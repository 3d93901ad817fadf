# writes through locals() in a class body are seen by later reads.
# Context: module level (the same rule at module, class and function level).
class K:
    locals()["injected"] = 42
    doubled = injected * 2
print(K.injected, K.doubled)
