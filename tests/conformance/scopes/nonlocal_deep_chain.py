def l1():
    v = 1
    def l2():
        def l3():
            def l4():
                def l5():
                    nonlocal v
                    v *= 2
                    return v
                return l5
            return l4
        return l3
    f = l2()()()
    f(); f(); f()
    return v, f

v, f = l1()
print(v, f.__qualname__, f.__code__.co_freevars)
