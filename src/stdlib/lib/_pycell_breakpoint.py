"""sys.breakpointhook for pycell: what breakpoint() calls (PEP 553).

$PYTHONBREAKPOINT names the callable ("module.attr", or a builtin's name); "0"
disables breakpoints; unset or empty means pdb.set_trace.  A name that cannot be
imported is reported with a RuntimeWarning and ignored, as sysmodule.c does.
"""


def breakpointhook(*args, **kws):
    import os
    target = os.environ.get('PYTHONBREAKPOINT')
    if not target:
        target = 'pdb.set_trace'
    elif target == '0':
        return None
    dot = target.rfind('.')
    if dot == 0:
        return _ignored(target)
    if dot < 0:
        module_name, attr = 'builtins', target
    else:
        module_name, attr = target[:dot], target[dot + 1:]
    try:
        module = __import__(module_name, fromlist=['*'])
    except (ImportError, ValueError):
        return _ignored(target)
    try:
        hook = getattr(module, attr)
    except AttributeError:
        return _ignored(target)
    return hook(*args, **kws)


def _ignored(target):
    import warnings
    warnings.warn('Ignoring unimportable $PYTHONBREAKPOINT: "%s"' % target, RuntimeWarning)
    return None
