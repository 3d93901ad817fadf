"""csv for pycell: reading and writing comma-separated values.

Written from the csv documentation (module contents, Dialects and Formatting
Parameters, Reader/Writer objects) and black-box runs of CPython 3.11. The reader
is a character state machine fed one input line at a time (quoted fields may run
over several lines); the writer decides per field whether it must be quoted or
escaped. Not here: csv.Sniffer (raises NotImplementedError).
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error",
           "Dialect", "excel", "excel_tab", "unix_dialect", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
           "field_size_limit", "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_limit = 128 * 1024


def field_size_limit(*new_limit):
    """The largest field the reader accepts; with an argument, set it and return
    the previous value."""
    global _limit
    if len(new_limit) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(new_limit))
    before = _limit
    if new_limit:
        if not isinstance(new_limit[0], int):
            raise TypeError('"limit" must be an integer')
        _limit = new_limit[0]
    return before


# -- dialects -----------------------------------------------------------------------

_PARAMS = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
           "lineterminator", "quoting", "strict")


class Dialect:
    """A set of formatting parameters; subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        _Format(self)


class excel(Dialect):
    """Excel's CSV: comma-separated, double quotes doubled, CRLF lines."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_registry = {}


def _one_char(name, value, may_be_none):
    if value is None and may_be_none:
        return None
    if not isinstance(value, str):
        if may_be_none:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Format:
    """The checked parameters of one reader or writer (also what their .dialect
    attribute shows)."""

    def __init__(self, dialect=None, **overrides):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        settings = {}
        for name in _PARAMS:
            if name in overrides:
                settings[name] = overrides.pop(name)
            elif dialect is not None and hasattr(dialect, name):
                settings[name] = getattr(dialect, name)
        if overrides:
            bad = next(iter(overrides))
            raise TypeError("'%s' is an invalid keyword argument for this function" % bad)

        def pick(name, default):
            value = settings.get(name)
            return default if value is None else value
        self.delimiter = _one_char("delimiter", pick("delimiter", ","), False)
        self.doublequote = bool(pick("doublequote", True))
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        self.strict = bool(pick("strict", False))
        quoting = pick("quoting", QUOTE_MINIMAL)
        if not isinstance(quoting, int) or quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        self.quoting = quoting
        self.escapechar = _one_char("escapechar", settings.get("escapechar"), True)
        quote = settings.get("quotechar", '"')
        self.quotechar = _one_char("quotechar", quote, True)
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        ending = pick("lineterminator", "\r\n")
        if not isinstance(ending, str):
            raise TypeError('"lineterminator" must be a string, not %s' % type(ending).__name__)
        self.lineterminator = ending
        if self.delimiter == " " and self.skipinitialspace:
            raise ValueError("empty field separator")


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = _Format(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_registry)


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# -- reading -------------------------------------------------------------------------

# reader states
(_NEW_ROW, _NEW_FIELD, _PLAIN, _ESCAPED, _QUOTED, _ESCAPED_QUOTED,
 _AFTER_QUOTE, _LINE_END) = range(8)


class _Reader:
    """Iterator of rows (lists of str) from an iterator of lines."""

    def __init__(self, lines, fmt):
        self._lines = iter(lines)
        self.dialect = fmt
        self.line_num = 0

    def __iter__(self):
        return self

    def _keep(self):
        text = "".join(self._chars)
        if self._numeric and not self._was_quoted:
            text = float(text)
        self._row.append(text)
        self._chars = []
        self._was_quoted = False

    def _add(self, ch):
        if len(self._chars) >= _limit:
            raise Error("field larger than field limit (%d)" % _limit)
        self._chars.append(ch)

    def __next__(self):
        fmt = self.dialect
        self._row = []
        self._chars = []
        self._was_quoted = False
        self._numeric = fmt.quoting == QUOTE_NONNUMERIC
        state = _NEW_ROW
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if state != _NEW_ROW:
                    # the input ended inside a quoted field
                    if fmt.strict:
                        raise Error("unexpected end of data")
                    self._keep()
                    return self._row
                raise
            self.line_num += 1
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            for ch in line:
                if ch == "\0":
                    raise Error("line contains NUL")
                state = self._step(state, ch)
            state = self._end_of_line(state)
            if state == _NEW_ROW:
                return self._row

    def _step(self, state, ch):
        fmt = self.dialect
        newline = ch == "\n" or ch == "\r"
        if state == _NEW_ROW:
            if newline:
                return _LINE_END
            state = _NEW_FIELD
        if state == _NEW_FIELD:
            if newline:
                self._keep()
                return _LINE_END
            if ch == fmt.quotechar and fmt.quoting != QUOTE_NONE:
                self._was_quoted = True
                return _QUOTED
            if ch == fmt.escapechar:
                return _ESCAPED
            if ch == " " and fmt.skipinitialspace:
                return _NEW_FIELD
            if ch == fmt.delimiter:
                self._keep()
                return _NEW_FIELD
            self._add(ch)
            return _PLAIN
        if state == _PLAIN:
            if newline:
                self._keep()
                return _LINE_END
            if ch == fmt.escapechar:
                return _ESCAPED
            if ch == fmt.delimiter:
                self._keep()
                return _NEW_FIELD
            self._add(ch)
            return _PLAIN
        if state == _ESCAPED:
            self._add(ch)
            return _PLAIN
        if state == _QUOTED:
            if ch == fmt.escapechar:
                return _ESCAPED_QUOTED
            if ch == fmt.quotechar:
                return _AFTER_QUOTE if fmt.doublequote else _PLAIN
            self._add(ch)
            return _QUOTED
        if state == _ESCAPED_QUOTED:
            self._add(ch)
            return _QUOTED
        if state == _AFTER_QUOTE:
            if ch == fmt.quotechar:
                self._add(ch)
                return _QUOTED
            if ch == fmt.delimiter:
                self._keep()
                return _NEW_FIELD
            if newline:
                self._keep()
                return _LINE_END
            if fmt.strict:
                raise Error("'%s' expected after '%s'" % (fmt.delimiter, fmt.quotechar))
            self._add(ch)
            return _PLAIN
        # _LINE_END: only more line-break characters may follow
        if newline:
            return _LINE_END
        raise Error("new-line character seen in unquoted field - do you need to "
                    "open the file in universal-newline mode?")

    def _end_of_line(self, state):
        """The state once a whole input line has been fed; _NEW_ROW when the row
        is complete."""
        if state in (_NEW_ROW, _LINE_END):
            return _NEW_ROW
        if state in (_NEW_FIELD, _PLAIN, _AFTER_QUOTE):
            self._keep()
            return _NEW_ROW
        if state == _ESCAPED:
            self._add("\n")
            return _PLAIN
        return state


def reader(csvfile, dialect="excel", **fmtparams):
    """An iterator of the rows (lists of strings) of csvfile's lines."""
    return _Reader(csvfile, _Format(dialect, **fmtparams))


# -- writing -------------------------------------------------------------------------

class _Writer:
    """Writes rows as delimited lines to an object with a write() method."""

    def __init__(self, target, fmt):
        if not hasattr(target, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = target.write
        self.dialect = fmt

    def _field_text(self, value, alone):
        fmt = self.dialect
        if value is None:
            text, is_number = "", False
        elif isinstance(value, str):
            text, is_number = value, False
        else:
            text, is_number = str(value), isinstance(value, (int, float, complex))
        quoting = fmt.quoting
        if quoting == QUOTE_ALL:
            quote = True
        elif quoting == QUOTE_NONNUMERIC:
            quote = not is_number
        elif quoting == QUOTE_MINIMAL:
            specials = (fmt.delimiter, fmt.quotechar, "\n", "\r") + tuple(fmt.lineterminator)
            quote = any(c in text for c in specials if c) or (alone and text == "")
        else:
            quote = False
        out = []
        for ch in text:
            must_escape = False
            if quoting == QUOTE_NONE:
                must_escape = ch in (fmt.delimiter, fmt.quotechar, fmt.escapechar, "\n", "\r") or ch in fmt.lineterminator
            elif ch == fmt.quotechar:
                if fmt.doublequote:
                    out.append(ch)
                else:
                    must_escape = True
            elif ch == fmt.escapechar:
                must_escape = True
            if must_escape:
                if fmt.escapechar is None:
                    raise Error("need to escape, but no escapechar set")
                out.append(fmt.escapechar)
            out.append(ch)
        text = "".join(out)
        return fmt.quotechar + text + fmt.quotechar if quote else text

    def writerow(self, row):
        try:
            values = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        fmt = self.dialect
        alone = len(values) == 1
        if alone and values[0] == "" and fmt.quoting == QUOTE_NONE:
            raise Error("single empty field record must be quoted")
        line = fmt.delimiter.join(self._field_text(v, alone) for v in values)
        return self._write(line + fmt.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer of rows to csvfile (anything with a write() method)."""
    return _Writer(csvfile, _Format(dialect, **fmtparams))


# -- rows as dictionaries ---------------------------------------------------------------

class DictReader:
    """Reads rows as dicts keyed by fieldnames (the first row when not given);
    extra values go in a list under restkey, missing ones get restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        values = next(self.reader)
        while values == []:
            values = next(self.reader)
        self.line_num = self.reader.line_num
        names = self.fieldnames
        result = dict(zip(names, values))
        if len(values) > len(names):
            result[self.restkey] = values[len(names):]
        else:
            for name in names[len(values):]:
                result[name] = self.restval
        return result

    __class_getitem__ = classmethod(type(list[int]))


class DictWriter:
    """Writes dicts as rows in fieldnames' order; restval fills missing keys,
    extrasaction ('raise' or 'ignore') says what unknown keys do."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writer.writerow(list(self.fieldnames))

    def _as_row(self, rowdict):
        if self.extrasaction == "raise":
            unknown = [k for k in rowdict if k not in self.fieldnames]
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(k) for k in unknown))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._as_row(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._as_row(d) for d in rowdicts)

    __class_getitem__ = classmethod(type(list[int]))


class Sniffer:
    """Guessing a file's dialect is not available in pycell."""

    def __init__(self):
        raise NotImplementedError("csv.Sniffer is not supported by pycell")
