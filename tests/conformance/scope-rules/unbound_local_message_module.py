# UnboundLocalError for a local read before assignment.
# Context: module level (the same rule at module, class and function level).
count = 0
def bump():
    try:
        count += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
bump()
