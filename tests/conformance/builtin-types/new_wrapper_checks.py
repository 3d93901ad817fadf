# tp_new_wrapper's checks of a built-in __new__'s first argument
import types
    try:
        print(f())
    except TypeError as e:
        print(e)
