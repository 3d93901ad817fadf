# traceback entries of re-raised exceptions (PEP 626): tb_lineno keeps the raising line, f_lineno the frame's last
import sys
def other_except():
    try:
        1/0
    except TypeError as ex:
        pass
def in_try():
    try:
        1/0
    finally:
        pass
def bare():
    try:
        1/0
    except:
        x = 1
        raise
def named():
    try:
        1/0
    except ZeroDivisionError as e:
        x = 1
        raise e
class ExitFails:
    def __enter__(self): return self
    def __exit__(self, *args): raise ValueError
def with_exit():
    with ExitFails():
        1/0
def fin_multi():
    try:
        1/0
    finally:
        x = 1
        y = 2
for f in [other_except, in_try, bare, named, with_exit, fin_multi]:
    try: f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
        out = []
        while t:
            out.append((t.tb_lineno - f.__code__.co_firstlineno, t.tb_frame.f_lineno - t.tb_frame.f_code.co_firstlineno))
            t = t.tb_next
        print(f.__name__, out)
import traceback
for f in [bare, named, with_exit, fin_multi]:
    try: f()
    except Exception:
        print(traceback.format_exc().replace(__file__, 'FILE'))
def stored():
    try:
        1/0
    except Exception as e:
        err = e
    raise err
try: stored()
except Exception as ex:
    print([n for _, n in traceback.walk_tb(ex.__traceback__)])
def passes():
    pass
    pass
