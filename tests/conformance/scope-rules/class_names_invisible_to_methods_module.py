# a method cannot see the class body's names.
# Context: module level (the same rule at module, class and function level).
class K:
    hidden = 5
    def m(self):
        try:
            return hidden
        except NameError as e:
            return "NameError: " + str(e)
print(K().m())
