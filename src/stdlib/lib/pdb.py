"""pdb for pycell: the module exists so that breakpoint() and mock.patch('pdb.set_trace')
find it, but pycell has no interactive debugger yet."""


def set_trace(*, header=None):
    raise NotImplementedError("pdb (the interactive debugger) is not supported by pycell")


def post_mortem(t=None):
    raise NotImplementedError("pdb (the interactive debugger) is not supported by pycell")


def pm():
    raise NotImplementedError("pdb (the interactive debugger) is not supported by pycell")


def run(statement, globals=None, locals=None):
    raise NotImplementedError("pdb (the interactive debugger) is not supported by pycell")
