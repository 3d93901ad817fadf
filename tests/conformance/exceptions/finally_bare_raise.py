def reraise():
    try:
        raise TypeError("foo")
    except:
        try:
            raise KeyError("caught")
        finally:
            raise
try: reraise()
except Exception as e: print(repr(e), repr(e.__context__))
def f2():
    try:
        raise TypeError("outer")
    except TypeError:
        try:
            pass
        finally:
            raise
try: f2()
except Exception as e: print(repr(e))
def f3():
    try:
        pass
    finally:
        raise
try: f3()
except RuntimeError as e: print(e)
