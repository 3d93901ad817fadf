# Exceptions raised and caught in a loop: a user exception class hierarchy, built-in
# errors from dict/list/int(), try/except/else/finally, re-raise and exception chaining.
# ROUNDS repeats that unit, so that CPython 3.11 needs about 1 s on a 2-core machine.
ROUNDS = 12


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class RetryError(AppError):
    pass


def check(i):
    if i % 3 == 0:
        raise RetryError(i)
    if i % 5 == 0:
        raise AppError(i * 2)
    return i


def lookup(table, i):
    try:
        return table[i % 11]
    except KeyError:
        return -1


def run(count):
    total = 0
    finals = 0
    table = {k: k * k for k in range(0, 11, 2)}
    items = [1, 2, 3]
    for i in range(count):
        try:
            total += check(i)
        except RetryError as e:
            total += e.code % 7
        except AppError as e:
            total -= e.code % 5
        else:
            total += 1
        finally:
            finals += 1
        total += lookup(table, i)
        try:
            total += items[i % 5]
        except IndexError:
            total += 2
        if i % 4 == 0:
            try:
                try:
                    int("x" + str(i))
                except ValueError as e:
                    raise AppError(len(e.args)) from e
            except AppError as e:
                total += e.code + (e.__cause__ is not None)
    return total + finals


checksum = 0
for r in range(ROUNDS):
    checksum += run(40000) + r
print(checksum)
