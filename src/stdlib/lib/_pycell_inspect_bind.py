"""Signature.bind / bind_partial and BoundArguments for pycell's inspect.

Written from the inspect documentation ("Introspecting callables with the
Signature object") and black-box runs of CPython 3.11 for the error messages.
install() attaches the methods to inspect's Signature class.
"""

_POS_ONLY, _POS_OR_KW, _VAR_POS, _KW_ONLY, _VAR_KW = range(5)


class BoundArguments:
    """The result of Signature.bind: a mapping of parameter names to values
    (``arguments``), and the ``args``/``kwargs`` that would make the same call."""

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    def _split(self):
        # positional values up to the first parameter that can only be passed
        # (or was left to be passed) by keyword; the rest by keyword
        positional, keywords = [], {}
        by_keyword = False
        for p in self._signature.parameters.values():
            kind = int(p.kind)
            present = p.name in self.arguments
            if not by_keyword and (kind >= _KW_ONLY or not present):
                by_keyword = True
                if not present or kind == _VAR_POS:
                    continue
            if not present:
                continue
            value = self.arguments[p.name]
            if not by_keyword:
                if kind == _VAR_POS:
                    positional.extend(value)
                else:
                    positional.append(value)
            elif kind == _VAR_KW:
                keywords.update(value)
            elif kind != _VAR_POS:
                keywords[p.name] = value
        return tuple(positional), keywords

    @property
    def args(self):
        return self._split()[0]

    @property
    def kwargs(self):
        return self._split()[1]

    def apply_defaults(self):
        """Fill in the defaults of missing parameters (() and {} for *args and
        **kwargs)."""
        filled = {}
        empty = self._signature.empty
        for p in self._signature.parameters.values():
            if p.name in self.arguments:
                filled[p.name] = self.arguments[p.name]
            elif p.default is not empty:
                filled[p.name] = p.default
            elif int(p.kind) == _VAR_POS:
                filled[p.name] = ()
            elif int(p.kind) == _VAR_KW:
                filled[p.name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {"_signature": self._signature, "arguments": self.arguments}

    def __setstate__(self, state):
        self._signature = state["_signature"]
        self.arguments = state["arguments"]

    def __repr__(self):
        shown = ", ".join("{}={!r}".format(k, v) for k, v in self.arguments.items())
        return "<{} ({})>".format(type(self).__name__, shown)


def _bind(sig, args, kwargs, partial):
    params = list(sig.parameters.values())
    empty = sig.empty
    extra = dict(kwargs)
    found = {}
    pending = list(args)
    varkw = None
    for p in params:
        kind = int(p.kind)
        if kind == _VAR_KW:
            varkw = p
    # 1. positional arguments, in order
    rest = params
    for index, p in enumerate(params):
        kind = int(p.kind)
        if kind == _VAR_POS:
            if pending:
                found[p.name] = tuple(pending)
                pending = []
            rest = params[index + 1:]
            break
        if kind >= _KW_ONLY or not pending:
            rest = params[index:]
            break
        if kind == _POS_OR_KW and p.name in extra:
            raise TypeError("multiple values for argument {!r}".format(p.name))
        found[p.name] = pending.pop(0)
    else:
        rest = []
    if pending:
        raise TypeError("too many positional arguments")
    # 2. the remaining parameters, by keyword
    for p in rest:
        kind = int(p.kind)
        if kind in (_VAR_POS, _VAR_KW):
            continue
        if kind == _POS_ONLY:
            if p.name in extra and varkw is None:
                raise TypeError("{!r} parameter is positional only, but was passed as a keyword"
                                .format(p.name))
            if not partial and p.default is empty:
                raise TypeError("missing a required argument: {!r}".format(p.name))
            continue
        if p.name in extra:
            found[p.name] = extra.pop(p.name)
        elif not partial and p.default is empty:
            raise TypeError("missing a required argument: {!r}".format(p.name))
    # 3. keywords no parameter took
    if extra:
        if varkw is None:
            raise TypeError("got an unexpected keyword argument {!r}".format(next(iter(extra))))
        found[varkw.name] = extra
    ordered = {p.name: found[p.name] for p in params if p.name in found}
    return BoundArguments(sig, ordered)


def install(signature_class):
    def bind(self, /, *args, **kwargs):
        """Map args and kwargs to this signature's parameters; TypeError when
        they do not fit."""
        return _bind(self, args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind(), but required parameters may be left out."""
        return _bind(self, args, kwargs, True)

    signature_class.bind = bind
    signature_class.bind_partial = bind_partial
    bind.__qualname__ = "Signature.bind"
    bind_partial.__qualname__ = "Signature.bind_partial"
    BoundArguments.__module__ = "inspect"
    return BoundArguments
