# Enum's errors: bad value, bad name, reuse of a name, extending, reassigning
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: Color(5))
attempt(lambda: Color["BLUE"])

def reuse():
    class E(Enum):
        A = 1
        A = 2
attempt(reuse)

def method_clash():
    class E(Enum):
        A = 1
        def A(self): pass
attempt(method_clash)

def sunder():
    class E(Enum):
        _bad_ = 1
attempt(sunder)

def extend():
    class More(Color):
        BLUE = 3
attempt(extend)

def reassign():
    Color.RED = 3
attempt(reassign)

def delete():
    del Color.RED
attempt(delete)

def set_value():
    Color.RED.value = 3
attempt(set_value)
