# Sequence repetition by a count beyond Py_ssize_t: OverflowError naming the count's type (abstract.c sequence_repeat)
for f in (lambda: 2**70 * 'a', lambda: 'a' * 2**70, lambda: [1] * 2**63, lambda: (1,) * 2**62, lambda: b'x' * 2**64, lambda: 'a' * -2**70, lambda: 'ab' * (2**62)):
    try:
        print(len(f()))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2**80
for f in (lambda: 'a' * I(), lambda: [0] * I(), lambda: True * 'ab', lambda: 'ab' * 3, lambda: [1, 2] * -1, lambda: 'x' * (2**63 - 1)):
    try:
        print(repr(f()))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
