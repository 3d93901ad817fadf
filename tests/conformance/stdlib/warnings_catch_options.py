# warnings: catch_warnings(action=..., category=...), the registry behind the
# "default"/"module"/"once" actions, -W option parsing, replaced hooks, WarningMessage
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("again")
    print(len(log))
    warnings.simplefilter("always")
    for _ in range(2):
        warnings.warn("again")
    print(len(log))
    warnings.simplefilter("module")
    warnings.warn_explicit("m", UserWarning, "f.py", 1, module="mod", registry={})
    reg = {}
    warnings.warn_explicit("m", UserWarning, "f.py", 1, module="mod", registry=reg)
    warnings.warn_explicit("m", UserWarning, "f.py", 2, module="mod", registry=reg)
    print(len(log), sorted(k for k in reg if k != "version"))
    warnings.simplefilter("once")
    warnings.warn_explicit("o", UserWarning, "f.py", 1, registry={})
    warnings.warn_explicit("o", UserWarning, "g.py", 5, registry={})
    print(len(log), str(log[-1]))

with warnings.catch_warnings(action="error", category=RuntimeWarning):
    print(warnings.filters[0])
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as exc:
        print("raised", exc)

with warnings.catch_warnings():
    for option in ["error::UserWarning", "ignore:text:DeprecationWarning:mod:7",
                   "a", "bogus", "error::Nope", "error::int", "e::::-1", "a:b:c:d:e:f"]:
        try:
            warnings._setoption(option)
            print(warnings.filters[0])
        except warnings._OptionError as exc:
            print("OptionError", exc)

shown = []


def hook(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = hook
    warnings.warn("via hook")
    warnings.showwarning = 42
    try:
        warnings.warn("bad hook")
    except TypeError as exc:
        print(exc)
print(shown[0][:2], warnings.showwarning is hook)
print(warnings.formatwarning("msg", UserWarning, "nofile.py", 5, line="  code  "), end="")
cw = warnings.catch_warnings(record=True)
print(repr(cw))
with cw:
    pass
try:
    cw.__enter__()
except RuntimeError as exc:
    print(exc)
try:
    warnings.warn("x", int)
except TypeError as exc:
    print(exc)
