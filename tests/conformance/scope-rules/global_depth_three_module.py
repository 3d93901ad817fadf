# global in a doubly nested function writes the module's name.
# Context: module level (the same rule at module, class and function level).
def a():
    def b():
        def c():
            global g_depth
            g_depth = "written three deep"
        c()
    b()
a()
print(g_depth)
