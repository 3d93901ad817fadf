"""timeit for pycell: time small pieces of code.

Written from the timeit documentation. A statement given as a string runs in a
function compiled for the measurement (setup first, then the statement `number`
times between two timer readings); a callable is called instead. The command-line
interface (python -m timeit) is not provided.
"""

import sys

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = _SOURCE_NAME = "<timeit-src>"
default_number = 1000000
default_repeat = 5
from time import perf_counter as default_timer


def reindent(src, indent):
    """src with every line after the first indented by `indent` spaces."""
    return src.replace("\n", "\n" + " " * indent)


def _indent(code, depth):
    # an empty statement still needs a line in the generated function
    return reindent(code, depth) if code.strip() else "pass"


def _as_code(part, what, alias, local_ns):
    # source text for a string, a call of a passed-in name for a callable
    if type(part) is str or isinstance(part, str):
        compile(part, _SOURCE_NAME, "exec")
        return part
    if not callable(part):
        raise ValueError("%s is neither a string nor callable" % what)
    local_ns[alias] = part
    return alias + "()"


class Timer:
    """Times the execution of stmt (after setup) with timer; both may be
    strings of Python code or callables without arguments."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {} if globals is None else globals
        local_ns = {}
        prelude = ""
        setup_code = _as_code(setup, "setup", "__setup", local_ns)
        body = _as_code(stmt, "stmt", "__stmt", local_ns)
        if "__stmt" not in local_ns:
            # the statement must also compile after the setup
            compile(setup_code + "\n" + body, _SOURCE_NAME, "exec")
        for name in ("__setup", "__stmt"):
            if name in local_ns:
                prelude += ", %s=%s" % (name, name)
        source = ("def inner(__rounds, __clock%s):\n"
                  "    %s\n"
                  "    __start = __clock()\n"
                  "    for __round in __rounds:\n"
                  "        %s\n"
                  "    return __clock() - __start\n") % (prelude, _indent(setup_code, 4), _indent(body, 8))
        self.src = source
        code = compile(source, _SOURCE_NAME, "exec")
        exec(code, namespace, local_ns)
        self.inner = local_ns.pop("inner")

    def print_exc(self, file=None):
        """Print the traceback of the exception being handled (from the timed code)."""
        import traceback
        traceback.print_exc(None, file)

    def timeit(self, number=default_number):
        """Seconds taken to run the statement `number` times."""
        rounds = range(number)
        try:
            import gc
            was_on = gc.isenabled()
            gc.disable()
        except ImportError:
            gc = None
            was_on = False
        try:
            return self.inner(rounds, self.timer)
        finally:
            if gc is not None and was_on:
                gc.enable()

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timeit(number) results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first number in 1, 2, 5, 10, 20, 50, ...
        whose run takes at least 0.2 seconds."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).timeit(number)"""
    measured = Timer(stmt, setup, timer, globals)
    return measured.timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    """Timer(stmt, setup, timer, globals).repeat(repeat, number)"""
    measured = Timer(stmt, setup, timer, globals)
    return measured.repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    raise NotImplementedError("the timeit command-line interface is not supported by pycell")

