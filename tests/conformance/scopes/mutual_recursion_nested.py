def parity(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n)
print(parity(10), parity(7), sorted(parity.__code__.co_cellvars))
