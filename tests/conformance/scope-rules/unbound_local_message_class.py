# UnboundLocalError for a local read before assignment.
# Context: class level (the same rule at module, class and function level).
class Context:
    count = 0
    def bump():
        try:
            count += 1
        except UnboundLocalError as e:
            print(type(e).__name__, e)
    bump()
