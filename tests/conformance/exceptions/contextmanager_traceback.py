# An exception leaving a @contextmanager block keeps only the frames it was raised
# through: __exit__ restores the traceback after throwing into the generator.
import traceback
from contextlib import contextmanager

@contextmanager
def cm():
    yield

@contextmanager
def cm_reraise():
    try:
        yield
    except ZeroDivisionError:
        raise

def direct():
    try:
        with cm():
            1/0
    except ZeroDivisionError as e:
        return [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)]

def through():
    try:
        with cm_reraise():
            1/0
    except ZeroDivisionError as e:
        return [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)]

def nested():
    with cm():
        1/0

def outer():
    try:
        nested()
    except ZeroDivisionError as e:
        return [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)]

print(direct())
print(through())
print(outer())
