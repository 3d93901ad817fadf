# a class body that assigns a name reads it from the namespace, then globals, never the enclosing cell.
# Context: function level (the same rule at module, class and function level).
def context():
    shadow = "global"
    def f():
        shadow = "enclosing"
        class K:
            print(shadow)
            shadow = "class"
            print(shadow)
        return K
    print(f().shadow)

context()
