"""_string: the format-string parser behind string.Formatter, written for pycell
from the string module documentation ("Format String Syntax") and black-box
comparison with CPython."""


def _is_index(s):
    return s != "" and s.isdecimal()


def formatter_parser(format_string):
    """Iterate over (literal_text, field_name, format_spec, conversion) tuples."""
    if not isinstance(format_string, str):
        raise TypeError("expected str, got %s" % type(format_string).__name__)
    return _parse(format_string)


def _parse(s):
    n = len(s)
    i = 0
    while i < n:
        literal = []
        field = None
        while i < n:
            c = s[i]
            if c == "{":
                if i + 1 < n and s[i + 1] == "{":
                    # '{{' ends the literal with one '{'
                    literal.append("{")
                    i += 2
                    break
                if i + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                i += 1
                field, i = _field(s, i)
                break
            if c == "}":
                if i + 1 < n and s[i + 1] == "}":
                    literal.append("}")
                    i += 2
                    break
                raise ValueError("Single '}' encountered in format string")
            literal.append(c)
            i += 1
        if field is None:
            yield ("".join(literal), None, None, None)
        else:
            yield ("".join(literal),) + field


def _field(s, i):
    """Parse one replacement field after its '{': ((name, spec, conversion), next)."""
    n = len(s)
    start = i
    # the field name: '[...]' hides every character but ']'
    while i < n:
        c = s[i]
        if c == "[":
            while i < n and s[i] != "]":
                i += 1
            if i >= n:
                break
            i += 1
            continue
        if c in "}:!":
            break
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        i += 1
    if i >= n:
        raise ValueError("expected '}' before end of string")
    name = s[start:i]
    conversion = None
    if s[i] == "!":
        i += 1
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[i]
        i += 1
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        if s[i] not in ":}":
            raise ValueError("expected ':' after conversion specifier")
    spec = ""
    if s[i] == ":":
        i += 1
        spec_start = i
        depth = 1
        while i < n:
            if s[i] == "{":
                depth += 1
            elif s[i] == "}":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        spec = s[spec_start:i]
    # s[i] is the closing '}'
    return (name, spec, conversion), i + 1


def formatter_field_name_split(field_name):
    """Split a field name into its first part (an int when all digits) and an
    iterator of (is_attribute, key) pairs."""
    if not isinstance(field_name, str):
        raise TypeError("expected str, got %s" % type(field_name).__name__)
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    if _is_index(first):
        first = int(first)
    return first, _rest(field_name, i)


def _rest(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == ".":
            start = i
            while i < n and s[i] not in ".[":
                i += 1
            name = s[start:i]
            if name == "":
                raise ValueError("Empty attribute in format string")
            yield (True, name)
        elif c == "[":
            start = i
            while i < n and s[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = s[start:i]
            if key == "":
                raise ValueError("Empty attribute in format string")
            i += 1
            if i < n and s[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield (False, int(key) if _is_index(key) else key)
