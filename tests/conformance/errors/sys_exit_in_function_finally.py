import sys
def f():
    try:
        sys.exit(4)
    finally:
        print("finally runs before exit")
f()
