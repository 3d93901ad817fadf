# types.FunctionType checks its arguments as CPython does.
# Context: module level (the same rule at module, class and function level).
import types
def maker():
    x = 1
    return lambda: x
code = maker().__code__
for args in [(1, {}), (code, 1), (code, {}, 1), (code, {}, None, 1), (code, {}, None, None, None), (code, {}, None, None, (1,)), (code, {}, None, None, (types.CellType(), types.CellType()))]:
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
