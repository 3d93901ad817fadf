# UnboundLocalError for a local read before assignment.
# Context: function level (the same rule at module, class and function level).
def context():
    count = 0
    def bump():
        try:
            count += 1
        except UnboundLocalError as e:
            print(type(e).__name__, e)
    bump()

context()
