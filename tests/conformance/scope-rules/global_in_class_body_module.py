# global in a class body binds the module name, not a class attribute.
# Context: module level (the same rule at module, class and function level).
class G:
    global g_from_class
    g_from_class = "module level"
print(g_from_class, hasattr(G, "g_from_class"))
