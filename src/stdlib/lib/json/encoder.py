"""JSONEncoder (pycell; the encoding itself is _pycell_json.encode)."""
import _pycell_json

__all__ = ["JSONEncoder", "encode_basestring", "encode_basestring_ascii"]

encode_basestring = _pycell_json.encode_basestring
encode_basestring_ascii = _pycell_json.encode_basestring_ascii
INFINITY = float("inf")


class JSONEncoder:
    """Writes Python values as JSON text; subclass it and override default()
    to serialise other types."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        vars(self).update(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                          allow_nan=allow_nan, sort_keys=sort_keys, indent=indent)
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return (encode_basestring_ascii if self.ensure_ascii else encode_basestring)(o)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if isinstance(indent, int):
            indent = " " * indent
        text = _pycell_json.encode(o, indent, self.item_separator, self.key_separator, self.sort_keys,
                                   self.skipkeys, self.ensure_ascii, self.check_circular,
                                   self.allow_nan, self.default)
        return iter((text,))
