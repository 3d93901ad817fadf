# except E as e deletes e at the end of the handler; a closure then sees an empty cell.
# Context: class level (the same rule at module, class and function level).
class Context:
    def f():
        try:
            1 / 0
        except ZeroDivisionError as e:
            get = lambda: e
            print(type(get()).__name__)
        try:
            get()
        except NameError as err:
            print(err)
    f()
