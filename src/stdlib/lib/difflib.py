"""difflib for pycell: comparing sequences, written from the difflib documentation.

SequenceMatcher follows the documented Ratcliff/Obershelp-style method: find the
longest block common to both sequences (earliest in a, then earliest in b, among
equally long ones), ignoring "junk" and (with autojunk) the elements that make up
more than 1% of a long b, then recurse on the pieces to its left and right.
HtmlDiff is not supported."""

import re
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher', 'Differ',
           'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff', 'unified_diff',
           'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matches, total):
    return 2.0 * matches / total if total else 1.0


class SequenceMatcher:
    """Compares two sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence (cheap: what is known about b is kept)."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence, and index it."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        b = self.b
        where = {}
        for pos, item in enumerate(b):
            where.setdefault(item, []).append(pos)
        junk, popular = set(), set()
        if self.isjunk:
            junk.update(item for item in where if self.isjunk(item))
            for item in junk:
                del where[item]
        size = len(b)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            popular.update(item for item, places in where.items() if len(places) > limit)
            for item in popular:
                del where[item]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """The longest matching block of a[alo:ahi] and b[blo:bhi], as Match(i, j, k)."""
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_len = alo, blo, 0
        # run[j]: length of the match ending at a[i-1], b[j] (dynamic programming by rows)
        run = {}
        for i in range(alo, ahi):
            next_run = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = next_run[j] = run.get(j - 1, 0) + 1
                if length > best_len:
                    best_i, best_j, best_len = i - length + 1, j - length + 1, length
            run = next_run
        # popular elements were left out of b2j: grow the block over equal non-junk
        # neighbours, then over equal junk ones (junk may border a match, never split it)
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_len = best_i - 1, best_j - 1, best_len + 1
            while (best_i + best_len < ahi and best_j + best_len < bhi
                   and (b[best_j + best_len] in junk) == want_junk
                   and a[best_i + best_len] == b[best_j + best_len]):
                best_len += 1
        return Match(best_i, best_j, best_len)

    def get_matching_blocks(self):
        """Matching blocks (i, j, n), increasing in i and j, ending with (len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a, len_b = len(self.a), len(self.b)
        found = []
        pending = [(0, len_a, 0, len_b)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            hit = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = hit
            if not k:
                continue
            found.append(hit)
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                pending.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
                last = merged.pop()
                merged.append((last[0], last[1], last[2] + k))
            else:
                merged.append((i, j, k))
        merged.append((len_a, len_b, 0))
        self.matching_blocks = [Match(*m) for m in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tags: replace, delete, insert, equal."""
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        ai = bj = 0
        for i, j, size in self.get_matching_blocks():
            if ai < i:
                steps.append(('replace' if bj < j else 'delete', ai, i, bj, j))
            elif bj < j:
                steps.append(('insert', ai, i, bj, j))
            ai, bj = i + size, j + size
            if size:
                steps.append(('equal', i, ai, j, bj))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """The opcodes in groups with up to n lines of context around each change."""
        steps = list(self.get_opcodes()) or [('equal', 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = steps[0]
        if tag == 'equal':
            steps[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = steps[-1]
        if tag == 'equal':
            steps[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        group = []
        for tag, i1, i2, j1, j2 in steps:
            # a long equal stretch ends one group and starts the next
            if tag == 'equal' and i2 - i1 > 2 * n:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T for M matched elements of T in all."""
        matched = sum(block.size for block in self.get_matching_blocks())
        return _ratio_of(matched, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound of ratio(), from the elements both have (ignoring order)."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = {}
        common = 0
        for item in self.a:
            have = left[item] if item in left else self.fullbcount.get(item, 0)
            left[item] = have - 1
            if have > 0:
                common += 1
        return _ratio_of(common, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """A quicker upper bound of ratio(), from the lengths alone."""
        len_a, len_b = len(self.a), len(self.b)
        return _ratio_of(min(len_a, len_b), len_a + len_b)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) of `possibilities` whose ratio to `word` is >= cutoff,
    best first."""
    if not n > 0:
        raise ValueError('n must be > 0: %r' % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError('cutoff must be in [0.0, 1.0]: %r' % (cutoff,))
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    scored = []
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for _, candidate in _nlargest(n, scored)]


def IS_LINE_JUNK(line, pat=re.compile(r'\s*(?:#\s*)?$').match):
    """True for a blank line, or one holding only a '#' (with whitespace)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=' \t'):
    """True for a space or a tab."""
    return ch in ws


class Differ:
    """Human-readable deltas between sequences of lines ('- ', '+ ', '  ', '? ')."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """The delta of a and b, line by line."""
        lines = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in lines.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, lines, lo, hi):
        for line in lines[lo:hi]:
            yield tag + ' ' + line

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # the shorter side first
        minus = self._dump('-', a, alo, ahi)
        plus = self._dump('+', b, blo, bhi)
        order = (plus, minus) if bhi - blo < ahi - alo else (minus, plus)
        for part in order:
            yield from part

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """Replace a block of lines by another, pairing the most similar pair (ratio
        above 0.75) and marking what changed inside it with '?' lines."""
        best, floor = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        same_i = same_j = None
        best_i = best_j = None
        for j in range(blo, bhi):
            chars.set_seq2(b[j])
            for i in range(alo, ahi):
                if a[i] == b[j]:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                chars.set_seq1(a[i])
                if (chars.real_quick_ratio() > best and chars.quick_ratio() > best
                        and chars.ratio() > best):
                    best, best_i, best_j = chars.ratio(), i, j
        if best < floor:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, identical = same_i, same_j, True
        else:
            identical = False
        yield from self._around(a, alo, best_i, b, blo, best_j)
        old, new = a[best_i], b[best_j]
        if identical:
            yield '  ' + old
        else:
            chars.set_seqs(old, new)
            marks_old, marks_new = [], []
            for tag, i1, i2, j1, j2 in chars.get_opcodes():
                width_old, width_new = i2 - i1, j2 - j1
                if tag == 'replace':
                    marks_old.append('^' * width_old)
                    marks_new.append('^' * width_new)
                elif tag == 'delete':
                    marks_old.append('-' * width_old)
                elif tag == 'insert':
                    marks_new.append('+' * width_new)
                elif tag == 'equal':
                    marks_old.append(' ' * width_old)
                    marks_new.append(' ' * width_new)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(old, new, ''.join(marks_old), ''.join(marks_new))
        yield from self._around(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _around(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        """'- old', '? marks', '+ new', '? marks' (a marks line only when it marks something)."""
        for sign, line, marks in (('-', aline, atags), ('+', bline, btags)):
            yield sign + ' ' + line
            # keep tabs and spaces of the line under unmarked columns, so marks align
            shown = ''.join(c if m == ' ' and c.isspace() else m for c, m in zip(line, marks))
            shown = shown.rstrip()
            if shown:
                yield '? ' + shown + '\n'


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ-style delta of two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """One of the two sequences a delta from ndiff()/Differ.compare() was made from."""
    try:
        keep = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in ('  ', keep):
            yield line[2:]


def _need_text(a, b, *extra):
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for value in extra:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _format_range_unified(start, stop):
    """'line,count' of a unified diff hunk header (just 'line' for one line)."""
    count = stop - start
    first = start + 1 if count else start
    return str(first) if count == 1 else '%d,%d' % (first, count)


def _format_range_context(start, stop):
    """'first,last' of a context diff hunk header (just 'first' for 0 or 1 lines)."""
    count = stop - start
    first = start + 1 if count else start
    return str(first) if count <= 1 else '%d,%d' % (first, first + count - 1)


def _dated(name, date):
    return name + ('\t' + date if date else '')


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The unified-format delta of two lists of lines."""
    _need_text(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    for index, group in enumerate(SequenceMatcher(None, a, b).get_grouped_opcodes(n)):
        if index == 0:
            yield '--- ' + _dated(fromfile, fromfiledate) + lineterm
            yield '+++ ' + _dated(tofile, tofiledate) + lineterm
        head, tail = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_format_range_unified(head[1], tail[2]),
                                   _format_range_unified(head[3], tail[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The context-format delta of two lists of lines."""
    _need_text(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    for index, group in enumerate(SequenceMatcher(None, a, b).get_grouped_opcodes(n)):
        if index == 0:
            yield '*** ' + _dated(fromfile, fromfiledate) + lineterm
            yield '--- ' + _dated(tofile, tofiledate) + lineterm
        head, tail = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(head[1], tail[2]), lineterm)
        if any(step[0] in ('replace', 'delete') for step in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_format_range_context(head[3], tail[4]), lineterm)
        if any(step[0] in ('replace', 'insert') for step in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """Run unified_diff/context_diff (dfunc) over bytes, returning bytes lines."""
    def text(value):
        try:
            return value.decode('ascii', 'surrogateescape')
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from err
    lines_a = [text(line) for line in a]
    lines_b = [text(line) for line in b]
    names = [text(v) for v in (fromfile, tofile, fromfiledate, tofiledate)]
    for line in dfunc(lines_a, lines_b, *names, n, text(lineterm)):
        yield line.encode('ascii', 'surrogateescape')


class HtmlDiff:
    """Side-by-side HTML tables of differences: not supported by pycell."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('difflib.HtmlDiff is not supported by pycell')
