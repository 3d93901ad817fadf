"""JSONDecoder and JSONDecodeError (pycell; the scanner is _pycell_json.scan)."""
import _pycell_json

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN, PosInf, NegInf = float("nan"), float("inf"), float("-inf")


class JSONDecodeError(ValueError):
    """A ValueError saying where a JSON document went wrong: the bare message
    (msg), the document (doc), the offset into it (pos) and, counted from 1,
    that offset's line and column (lineno, colno)."""

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind("\n", 0, pos) + 1
        where = (doc.count("\n", 0, pos) + 1, pos - line_start + 1)
        super().__init__(f"{msg}: line {where[0]} column {where[1]} (char {pos})")
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = where

    def __reduce__(self):
        # rebuilt from the constructor's arguments (the message is derived)
        return type(self), (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = "json.decoder"


class JSONDecoder:
    """Turns JSON text into Python values; the hooks replace the default
    conversions of objects, numbers and the NaN/Infinity constants."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        vars(self).update(object_hook=object_hook, object_pairs_hook=object_pairs_hook, strict=strict,
                          parse_float=parse_float or float, parse_int=parse_int or int,
                          parse_constant=parse_constant or _constant, memo={})

    def decode(self, s, _w=None):
        """The value of the JSON document that is the whole of the str s
        (white space around it allowed)."""
        if not isinstance(s, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
        obj, end = self.raw_decode(s, idx=_pycell_json.skip_ws(s, 0))
        end = _pycell_json.skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end): the JSON document starting at s[idx] and the offset
        just past it; text after it is left alone."""
        if not isinstance(s, str):
            raise TypeError("first argument must be a string, not %s" % type(s).__name__)
        if not 0 <= idx <= len(s):
            raise JSONDecodeError("Expecting value", s, idx)
        # the scanner converts with its own fast paths when a hook is the default
        hooks = [None if given is default else given for given, default in
                 ((self.parse_float, float), (self.parse_int, int), (self.parse_constant, _constant))]
        return _pycell_json.scan(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                                 *hooks, JSONDecodeError)


_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}
_constant = _CONSTANTS.__getitem__
