"""The assert* methods of TestCase, with CPython 3.11's failure messages.

Every check builds its own "standard" message and hands it to `_compose`,
which adds the caller's `msg` the way `longMessage` asks for.
"""
import sys

from ._strings import safe_repr, shortened_reprs

__unittest = True

# Above this many characters a string comparison shows no diff (computing
# one is quadratic).
DIFF_LIMIT = 2 ** 16


def _lazy(name):
    """Import a module on first use; None when this interpreter lacks it.
    (Plain import statements: pycell may not provide __import__.)"""
    try:
        if name == 'difflib':
            import difflib as module
        elif name == 'pprint':
            import pprint as module
        else:
            import re as module
    except ImportError:
        return None
    return module


def _ndiff_text(a_lines, b_lines, joiner):
    difflib = _lazy('difflib')
    if difflib is None:
        return ''
    return '\n' + joiner.join(difflib.ndiff(a_lines, b_lines))


def _pretty_lines(obj):
    pprint = _lazy('pprint')
    text = pprint.pformat(obj) if pprint is not None else repr(obj)
    return text.splitlines()


def _regex(pattern):
    if isinstance(pattern, (str, bytes)):
        assert pattern, "expected_regex must not be empty."
        return _lazy('re').compile(pattern)
    return pattern


class AssertionMethods:
    failureException, longMessage, maxDiff = AssertionError, True, 640

    # -- message plumbing ------------------------------------------------

    def _compose(self, msg, standard):
        if not self.longMessage:
            return msg or standard
        if msg is None:
            return standard
        try:
            return '%s : %s' % (standard, msg)
        except UnicodeDecodeError:   # bytes messages in old code
            return '%s : %s' % (safe_repr(standard), safe_repr(msg))

    def _formatMessage(self, msg, standardMsg):
        return self._compose(msg, standardMsg)

    def _with_diff(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + ('\nDiff is %s characters long. '
                          'Set self.maxDiff to None to see it.' % len(diff))

    def _truncateMessage(self, message, diff):
        return self._with_diff(message, diff)

    def _flunk(self, msg, standard):
        raise self.failureException(self._compose(msg, standard))

    def fail(self, msg=None):
        failure = self.failureException
        raise failure(msg)

    # -- truth and identity ----------------------------------------------

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._flunk(msg, safe_repr(expr) + ' is not true')

    def assertFalse(self, expr, msg=None):
        if expr:
            self._flunk(msg, safe_repr(expr) + ' is not false')

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._flunk(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2)))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._flunk(msg, 'unexpectedly identical: ' + safe_repr(expr1))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._flunk(msg, safe_repr(obj) + ' is not None')

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._flunk(msg, 'unexpectedly None')

    def assertIn(self, member, container, msg=None):
        if not (member in container):
            self._flunk(msg, '%s not found in %s' % (safe_repr(member), safe_repr(container)))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._flunk(msg, '%s unexpectedly found in %s'
                        % (safe_repr(member), safe_repr(container)))

    def assertIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            return
        self._flunk(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._flunk(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    # -- ordering ---------------------------------------------------------

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._flunk(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b)))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._flunk(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._flunk(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b)))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._flunk(msg, '%s not greater than or equal to %s'
                        % (safe_repr(a), safe_repr(b)))

    # -- equality ---------------------------------------------------------

    def addTypeEqualityFunc(self, typeobj, function):
        table = self._type_equality_funcs
        table[typeobj] = function

    def _equality_check_for(self, first, second):
        # A type-specific comparison applies only when both sides have
        # exactly the same type (a dict subclass against a dict is not).
        kind = type(first)
        if kind is type(second):
            table = getattr(self, '_type_equality_funcs', None) or {}
            check = table.get(kind)
            if check is not None:
                if isinstance(check, str):
                    return getattr(self, check)
                return check
        return getattr(self, '_baseAssertEqual')

    def _getAssertEqualityFunc(self, first, second):
        return self._equality_check_for(first, second)

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._flunk(msg, '%s != %s' % shortened_reprs(first, second))

    def assertEqual(self, first, second, msg=None):
        self._equality_check_for(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._flunk(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        _one_tolerance(places, delta)
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            what = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            what = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(gap))
        self._flunk(msg, what)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        _one_tolerance(places, delta)
        if delta is not None:
            gap = abs(first - second)
            if not (first == second) and gap > delta:
                return
            what = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(gap))
        else:
            places = 7 if places is None else places
            if not (first == second) and round(abs(first - second), places) != 0:
                return
            what = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        self._flunk(msg, what)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            for ordinal, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    # this message ignores `msg`
                    self.fail('%s sequence is not a %s: %s' % (ordinal, kind, safe_repr(seq)))
        else:
            kind = 'sequence'
        report = _sequence_report(seq1, seq2, kind, seq_type)
        if report is None:
            return
        diff = _ndiff_text(_pretty_lines(seq1), _pretty_lines(seq2), '\n')
        self.fail(self._compose(msg, self._with_diff(report, diff)))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg=msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg=msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        only = []
        for label, a, b in (('first', set1, set2), ('second', set2, set1)):
            try:
                only.append(a.difference(b))
            except TypeError as err:
                self.fail('invalid type when attempting set difference: ' + str(err))
            except AttributeError as err:
                self.fail('%s argument does not support set difference: %s' % (label, err))
        if not (only[0] or only[1]):
            return
        lines = []
        for ordinal, other, items in (('first', 'second', only[0]), ('second', 'first', only[1])):
            if items:
                lines.append('Items in the %s set but not the %s:' % (ordinal, other))
                lines += [repr(item) for item in items]
        self.fail(self._compose(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        for ordinal, arg in (('First', d1), ('Second', d2)):
            self.assertIsInstance(arg, dict, ordinal + ' argument is not a dictionary')
        if d1 != d2:
            head = '%s != %s' % shortened_reprs(d1, d2)
            diff = _ndiff_text(_pretty_lines(d1), _pretty_lines(d2), '\n')
            self.fail(self._compose(msg, self._with_diff(head, diff)))

    def assertMultiLineEqual(self, first, second, msg=None):
        for ordinal, arg in (('First', first), ('Second', second)):
            self.assertIsInstance(arg, str, ordinal + ' argument is not a string')
        if first == second:
            return
        if max(len(first), len(second)) > DIFF_LIMIT:
            self._flunk(msg, '%s != %s' % shortened_reprs(first, second))
        a_lines = first.splitlines(True)
        b_lines = second.splitlines(True)
        if len(a_lines) == 1 and first.strip('\r\n') == first:
            # one line without its end: give both an end so the diff's
            # "?" hint lines stay on lines of their own
            a_lines = [first + '\n']
            b_lines = [second + '\n']
        head = '%s != %s' % shortened_reprs(first, second)
        diff = _ndiff_text(a_lines, b_lines, '')
        self.fail(self._compose(msg, self._with_diff(head, diff)))

    def assertCountEqual(self, first, second, msg=None):
        a = list(first)
        b = list(second)
        mismatches = _count_mismatches(a, b)
        if not mismatches:
            return
        lines = ['First has %d, Second has %d:  %r' % m for m in mismatches]
        text = self._with_diff('Element counts were not equal:\n', '\n'.join(lines))
        self.fail(self._compose(msg, text))

    # -- regular expressions ---------------------------------------------

    def assertRegex(self, text, expected_regex, msg=None):
        regex = _regex(expected_regex)
        if not regex.search(text):
            raise self.failureException(self._compose(
                msg, "Regex didn't match: %r not found in %r" % (regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        regex = _regex(unexpected_regex)
        found = regex.search(text)
        if found:
            raise self.failureException(self._compose(
                msg, 'Regex matched: %r matches %r in %r'
                % (text[found.start():found.end()], regex.pattern, text)))

    # -- exceptions, warnings, logs --------------------------------------

    def assertRaises(self, expected_exception, *args, **kwargs):
        from ._contexts import RaisesContext
        return RaisesContext(self, expected_exception, None).start('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        from ._contexts import RaisesContext
        return RaisesContext(self, expected_exception, expected_regex).start(
            'assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        from ._contexts import WarnsContext
        return WarnsContext(self, expected_warning, None).start('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        from ._contexts import WarnsContext
        return WarnsContext(self, expected_warning, expected_regex).start(
            'assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        from ._logs import LogsContext
        return LogsContext(self, logger, level, expect_some=True)

    def assertNoLogs(self, logger=None, level=None):
        from ._logs import LogsContext
        return LogsContext(self, logger, level, expect_some=False)


_NO_LENGTH = (TypeError, NotImplementedError)
_NOT_INDEXABLE = (TypeError, IndexError, NotImplementedError)


def _one_tolerance(places, delta):
    if places is not None and delta is not None:
        raise TypeError('specify delta or places not both')


def _sequence_report(seq1, seq2, kind, seq_type):
    """The text of an assertSequenceEqual failure before its diff, or None
    when the sequences count as equal."""
    lengths = []
    for ordinal, seq in (('First', seq1), ('Second', seq2)):
        try:
            lengths.append(len(seq))
        except _NO_LENGTH:
            return '%s %s has no length.    Non-sequence?' % (ordinal, kind)
    len1, len2 = lengths
    if seq1 == seq2:
        return None
    text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + shortened_reprs(seq1, seq2))
    i = 0
    while i < len1 and i < len2:
        try:
            item1 = seq1[i]
        except _NOT_INDEXABLE:
            return text + '\nUnable to index element %d of first %s\n' % (i, kind)
        try:
            item2 = seq2[i]
        except _NOT_INDEXABLE:
            return text + '\nUnable to index element %d of second %s\n' % (i, kind)
        if item1 != item2:
            return text + ('\nFirst differing element %d:\n%s\n%s\n'
                           % ((i,) + shortened_reprs(item1, item2)))
        i += 1
    if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
        # same items in sequences of different types: equal enough
        return None
    if len1 == len2:
        return text
    longer, extra_at, ordinal = (seq1, len2, 'First') if len1 > len2 else (seq2, len1, 'Second')
    text += '\n%s %s contains %d additional elements.\n' % (ordinal, kind, abs(len1 - len2))
    try:
        text += 'First extra element %d:\n%s\n' % (extra_at, safe_repr(longer[extra_at]))
    except _NOT_INDEXABLE:
        text += 'Unable to index element %d of %s %s\n' % (extra_at, ordinal.lower(), kind)
    return text


def _count_mismatches(a, b):
    """(count in a, count in b, element) for each element whose counts
    differ: elements of `a` in first-seen order, then those only in `b`."""
    try:
        counts_a = {}
        for x in a:
            counts_a[x] = counts_a.get(x, 0) + 1
        counts_b = {}
        for x in b:
            counts_b[x] = counts_b.get(x, 0) + 1
    except TypeError:
        return _count_mismatches_unhashable(a, b)
    out = []
    for x, n in counts_a.items():
        m = counts_b.get(x, 0)
        if n != m:
            out.append((n, m, x))
    for x, m in counts_b.items():
        if x not in counts_a:
            out.append((0, m, x))
    return out


def _count_mismatches_unhashable(a, b):
    # Quadratic: match each element by ==, marking the matched slots.
    gone = object()
    a = list(a)
    b = list(b)
    out = []
    for i, x in enumerate(a):
        if x is gone:
            continue
        n = 0
        for j in range(i, len(a)):
            if a[j] == x:
                n += 1
                a[j] = gone
        m = 0
        for j, y in enumerate(b):
            if y == x:
                m += 1
                b[j] = gone
        if n != m:
            out.append((n, m, x))
    for i, y in enumerate(b):
        if y is gone:
            continue
        m = 0
        for j in range(i, len(b)):
            if b[j] == y:
                m += 1
                b[j] = gone
        out.append((0, m, y))
    return out
