"""Ctrl-C handling for the runner (-c / catchbreak). pycell has no signal
handlers, so a KeyboardInterrupt stops the run as it does without -c; these
functions exist so that code calling them keeps working."""

__unittest = True

_registered = []


def _refs():
    try:
        import weakref
    except ImportError:
        return None
    return weakref


def registerResult(result):
    weakref = _refs()
    if weakref is not None:
        try:
            _registered.append(weakref.ref(result))
        except TypeError:
            pass
    del _registered[:-50]


def removeResult(result):
    for i, ref in enumerate(_registered):
        if ref() is result:
            del _registered[i]
            return True
    return False


def installHandler():
    pass


def removeHandler(method=None):
    return method
