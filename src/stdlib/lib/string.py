"""Common string constants, capwords, Formatter and Template (written for pycell)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or " ").join(w.capitalize() for w in s.split(sep))


# ---------------------------------------------------------------- Template

try:
    import re as _re
    _IGNORECASE = _re.IGNORECASE
except Exception:  # pycell's re may be missing: Template's default scanner needs none
    _re = None
    _IGNORECASE = 2

_DEFAULT_ID = r"(?a:[_a-z][_a-z0-9]*)"
_ID_START = "_" + ascii_letters
_ID_REST = _ID_START + digits


def _regex_for(cls):
    # The documented pattern shape: escaped / named / braced / invalid groups.
    delim = _re.escape(cls.delimiter)
    ident = cls.idpattern
    bident = cls.braceidpattern or ident
    return _re.compile(
        "%s(?:(?P<escaped>%s)|(?P<named>%s)|{(?P<braced>%s)}|(?P<invalid>))" % (delim, delim, ident, bident),
        cls.flags | _re.VERBOSE)


class _Match:
    """What one placeholder scan found: kind is escaped/named/braced/invalid."""
    __slots__ = ("kind", "name", "start", "end", "inner")

    def __init__(self, kind, name, start, end, inner):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.inner = inner  # where the text after the delimiter begins


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = _DEFAULT_ID
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        if "pattern" in cls.__dict__:
            pat = cls.pattern
            if isinstance(pat, str):
                if _re is None:
                    raise NotImplementedError("string.Template with a custom pattern needs the re module")
                cls.pattern = _re.compile(pat, cls.flags | _re.VERBOSE)
            cls._scan_re = True
        elif (cls.idpattern != _DEFAULT_ID or cls.braceidpattern is not None
              or cls.flags != _IGNORECASE):
            if _re is None:
                raise NotImplementedError("string.Template with a custom idpattern needs the re module")
            cls.pattern = _regex_for(cls)
            cls._scan_re = True
        else:
            if _re is not None:
                cls.pattern = _regex_for(cls)
            cls._scan_re = False

    def __init__(self, template):
        self.template = template

    def _matches(self):
        if self._scan_re:
            for mo in self.pattern.finditer(self.template):
                g = mo.groupdict()
                if g.get("escaped") is not None:
                    yield _Match("escaped", None, mo.start(), mo.end(), mo.start("escaped"))
                elif g.get("named") is not None:
                    yield _Match("named", g["named"], mo.start(), mo.end(), mo.start("named"))
                elif g.get("braced") is not None:
                    yield _Match("braced", g["braced"], mo.start(), mo.end(), mo.start("braced"))
                elif g.get("invalid") is not None:
                    yield _Match("invalid", None, mo.start(), mo.end(), mo.start("invalid"))
                else:
                    raise ValueError("Unrecognized named group in pattern", self.pattern)
            return
        text = self.template
        d = self.delimiter
        nd = len(d)
        n = len(text)
        i = text.find(d)
        while i >= 0:
            j = i + nd
            if text.startswith(d, j):
                yield _Match("escaped", None, i, j + nd, j)
                i = text.find(d, j + nd)
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_REST:
                    k += 1
                yield _Match("named", text[j:k], i, k, j)
                i = text.find(d, k)
                continue
            if j + 1 < n and text[j] == "{" and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_REST:
                    k += 1
                if k < n and text[k] == "}":
                    yield _Match("braced", text[j + 1:k], i, k + 1, j + 1)
                    i = text.find(d, k + 1)
                    continue
            yield _Match("invalid", None, i, j, j)
            i = text.find(d, j) if nd else -1

    def _invalid(self, m):
        lines = self.template[:m.inner].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = m.inner - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _render(self, lookup, safe):
        out = []
        pos = 0
        text = self.template
        for m in self._matches():
            out.append(text[pos:m.start])
            pos = m.end
            kind = m.kind
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                if safe:
                    out.append(self.delimiter)
                else:
                    self._invalid(m)
            elif safe:
                try:
                    out.append("%s" % (lookup(m.name),))
                except KeyError:
                    out.append(text[m.start:m.end])
            else:
                out.append("%s" % (lookup(m.name),))
        out.append(text[pos:])
        return "".join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._render(_lookup(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._render(_lookup(mapping, kws), True)

    def is_valid(self):
        for m in self._matches():
            if m.kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for m in self._matches():
            if m.name is not None and m.name not in ids:
                ids.append(m.name)
        return ids


Template._scan_re = False
if _re is not None:
    Template.pattern = _regex_for(Template)


def _lookup(mapping, kws):
    if mapping is None:
        return kws.__getitem__
    if not kws:
        return mapping.__getitem__

    def both(key):
        if key in kws:
            return kws[key]
        return mapping[key]
    return both


# ---------------------------------------------------------------- Formatter

def _parse_format(s):
    """Yield (literal_text, field_name, format_spec, conversion) like _string.formatter_parser."""
    n = len(s)
    i = 0
    lit_start = 0
    while i < n:
        c = s[i]
        if c != "{" and c != "}":
            i += 1
            continue
        if c == "}":
            if i + 1 < n and s[i + 1] == "}":
                yield (s[lit_start:i + 1], None, None, None)
                i += 2
                lit_start = i
                continue
            raise ValueError("Single '}' encountered in format string")
        # c == "{"
        if i + 1 < n and s[i + 1] == "{":
            yield (s[lit_start:i + 1], None, None, None)
            i += 2
            lit_start = i
            continue
        literal = s[lit_start:i]
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        j = i + 1
        while j < n:
            ch = s[j]
            if ch == "[":
                k = s.find("]", j + 1)
                if k < 0:
                    j = n
                    break
                j = k + 1
                continue
            if ch == "{":
                raise ValueError("unexpected '{' in field name")
            if ch == "}" or ch == ":" or ch == "!":
                break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        field = s[i + 1:j]
        conversion = None
        if s[j] == "!":
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[j] != ":" and s[j] != "}":
                raise ValueError("expected ':' after conversion specifier")
        spec = ""
        if s[j] == ":":
            depth = 1
            k = j + 1
            while k < n:
                ch = s[k]
                if ch == "{":
                    depth += 1
                elif ch == "}":
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            spec = s[j + 1:k]
            j = k
        yield (literal, field, spec, conversion)
        i = j + 1
        lit_start = i
    if lit_start < n:
        yield (s[lit_start:], None, None, None)


def _key_of(text):
    if text and text.isdecimal():
        return int(text)
    return text


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        if c == ".":
            j = i + 1
            while j < n and name[j] != "." and name[j] != "[":
                j += 1
            if j == i + 1:
                raise ValueError("Empty attribute in format string")
            yield (True, name[i + 1:j])
            i = j
        elif c == "[":
            j = name.find("]", i + 1)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            yield (False, _key_of(name[i + 1:j]))
            i = j + 1
            if i < n and name[i] != "." and name[i] != "[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field(name):
    """(first, rest-iterator) like _string.formatter_field_name_split."""
    i = 0
    n = len(name)
    while i < n and name[i] != "." and name[i] != "[":
        i += 1
    return _key_of(name[:i]), _field_rest(name, i)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                        recursion_depth - 1, auto_arg_index=auto_arg_index)
            out.append(self.format_field(obj, format_spec))
        return "".join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
