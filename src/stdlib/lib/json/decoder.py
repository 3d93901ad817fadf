"""JSONDecoder and JSONDecodeError (pycell; the scanner is _pycell_json.scan)."""
import _pycell_json

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = "json.decoder"


class JSONDecoder:
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).
        """
        if not isinstance(s, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
        obj, end = self.raw_decode(s, idx=_pycell_json.skip_ws(s, 0))
        end = _pycell_json.skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.
        """
        if not isinstance(s, str):
            raise TypeError("first argument must be a string, not %s" % type(s).__name__)
        if idx < 0 or idx > len(s):
            raise JSONDecodeError("Expecting value", s, idx)
        pf = self.parse_float
        pi = self.parse_int
        pc = self.parse_constant
        return _pycell_json.scan(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                                 None if pf is float else pf, None if pi is int else pi,
                                 None if pc is _constant else pc, JSONDecodeError)


_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}
_constant = _CONSTANTS.__getitem__
