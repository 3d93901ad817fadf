"""The string module for pycell: character-class constants, capwords, the
$-substitution Template class and the customisable Formatter."""

import _string
import re as _re

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# ---- constants (documented as the ASCII character classes) ----
ascii_lowercase = "".join(map(chr, range(ord("a"), ord("z") + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "".join(str(d) for d in range(10))
octdigits = digits[:8]
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
# every printable ASCII character that is neither a letter, a digit nor a space
punctuation = "".join(c for c in map(chr, range(33, 127)) if not c.isalnum())
whitespace = " \t\n\r\x0b\x0c"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s; words are split on sep (runs of whitespace when
    sep is None, then rejoined with single spaces)."""
    words = s.split(sep)
    glue = " " if sep is None else sep
    return glue.join([w.capitalize() for w in words])


# ---- Template ----

class _Unset:
    """Marks 'no mapping given' (None could be a mapping argument's value)."""


def _placeholder_regex(cls):
    # the four groups the documentation names: escaped, named, braced, invalid
    re = _re
    own = cls.__dict__.get('pattern')
    if own is not None:
        source = own
    else:
        lead = re.escape(cls.delimiter)
        inside = cls.braceidpattern
        if inside is None:
            inside = cls.idpattern
        alternatives = [
            '(?P<escaped>' + lead + ')',
            '(?P<named>' + cls.idpattern + ')',
            '{(?P<braced>' + inside + ')}',
            '(?P<invalid>)',
        ]
        source = lead + '(?:\n    ' + '\n  | '.join(alternatives) + '\n)'
    if isinstance(source, str):
        return re.compile(source, cls.flags | re.VERBOSE)
    return source


def _position(text, index):
    """(line, column) reported for an invalid placeholder whose group starts at
    index: the column counts the characters of its line up to index."""
    pieces = text[:index].splitlines(True)
    if not pieces:
        return 1, 1
    return len(pieces), len(pieces[-1])


class Template:
    """A string with $-placeholders (PEP 292)."""

    delimiter = '$'
    # ASCII identifiers only, whatever the flags (idpattern documentation)
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _placeholder_regex(cls)

    def __init__(self, template):
        self.template = template

    def _unknown_group(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def _fail_invalid(self, match):
        line, col = _position(self.template, match.start('invalid'))
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))

    def _fill(self, mapping, kws, lenient):
        if mapping is _Unset:
            source = kws
        elif kws:
            from collections import ChainMap
            source = ChainMap(kws, mapping)
        else:
            source = mapping

        def replace(match):
            key = match.group('named')
            if key is None:
                key = match.group('braced')
            if key is not None:
                if not lenient:
                    return str(source[key])
                try:
                    return '%s' % (source[key],)
                except KeyError:
                    return match.group()
            if match.group('escaped') is not None:
                return self.delimiter
            if match.group('invalid') is not None:
                if lenient:
                    return match.group()
                self._fail_invalid(match)
            raise self._unknown_group()

        return self.pattern.sub(replace, self.template)

    def substitute(self, mapping=_Unset, /, **kws):
        """Replace every placeholder; a missing key raises KeyError."""
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=_Unset, /, **kws):
        """Replace the placeholders that have a value; leave the others as they are."""
        return self._fill(mapping, kws, True)

    def _each_match(self):
        # yields (kind, match) and rejects patterns whose groups we do not know
        for match in self.pattern.finditer(self.template):
            for kind in ('named', 'braced', 'escaped', 'invalid'):
                if match.group(kind) is not None:
                    yield kind, match
                    break
            else:
                raise self._unknown_group()

    def is_valid(self):
        """False when the template holds a placeholder substitute() would reject."""
        for kind, _ in self._each_match():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        """The valid placeholder names, first-seen order, without repeats."""
        seen = {}
        for kind, match in self._each_match():
            if kind in ('named', 'braced'):
                seen.setdefault(match.group(kind), None)
        return list(seen)


# __init_subclass__ only runs for subclasses
Template.pattern = _placeholder_regex(Template)


# ---- Formatter (the str.format machinery, overridable piece by piece) ----

_MANUAL = 'cannot switch from manual field specification to automatic field numbering'


class Formatter:
    """str.format's engine with each step exposed as an overridable method."""

    def format(self, format_string, /, *args, **kwargs):
        """Format like str.format, through this formatter's hooks."""
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        """format() with the arguments given as a sequence and a mapping."""
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index: next automatic number, or False once a field was numbered
        # by hand (the two styles cannot be mixed); nested specs share the counter
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        counter = auto_arg_index
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '':
                if counter is False:
                    raise ValueError(_MANUAL)
                name = str(counter)
                counter += 1
            elif name.isdigit():
                if counter:
                    raise ValueError(_MANUAL)
                counter = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, counter = self._vformat(spec, args, kwargs, used_args,
                                          recursion_depth - 1, auto_arg_index=counter)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), counter

    def get_value(self, key, args, kwargs):
        """An integer key indexes args, any other key looks up kwargs."""
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Hook to reject unused arguments; the default accepts them."""

    def format_field(self, value, format_spec):
        """Apply a format spec to one value (the format() built-in)."""
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        """Apply a !s, !r or !a conversion."""
        if conversion is None:
            return value
        converters = {'s': str, 'r': repr, 'a': ascii}
        if conversion in converters:
            return converters[conversion](value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Split a format string into (literal, field name, spec, conversion) tuples."""
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """Resolve a field name with its .attribute and [index] parts; returns
        (object, the first part of the name as used for check_unused_args)."""
        head, trail = _string.formatter_field_name_split(field_name)
        found = self.get_value(head, args, kwargs)
        for is_attribute, part in trail:
            found = getattr(found, part) if is_attribute else found[part]
        return found, head
