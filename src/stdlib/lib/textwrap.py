"""Text wrapping and filling (written for pycell, without the re module).

Observable behaviour follows CPython 3.11's textwrap: the text is cut into chunks
(whitespace runs, words, and pieces of hyphenated words), then chunks are packed
greedily into lines of at most `width` columns.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

_WS = "\t\n\x0b\x0c\r "
_WS_TO_SPACE = {ord(c): " " for c in _WS}
_PUNCT_WORD = "!\"'&.,?"


def _is_word(c):
    return c == "_" or c.isalnum()


def _is_letter(c):
    # a word character that is not a decimal digit (regex [^\d\W])
    return (c == "_" or c.isalnum()) and not c.isdecimal()


def _is_wordish(c):
    return _is_word(c) or c in _PUNCT_WORD


def _dash_run_then_word(text, k, n):
    """True when text[k:] is two or more '-' followed by a word character."""
    j = k
    while j < n and text[j] == "-":
        j += 1
    return j - k >= 2 and j < n and _is_word(text[j])


def _split_plain(text):
    out = []
    n = len(text)
    i = 0
    while i < n:
        ws = text[i] in _WS
        j = i + 1
        while j < n and (text[j] in _WS) == ws:
            j += 1
        out.append(text[i:j])
        i = j
    return out


def _split_hyphenated(text):
    """Chunks: whitespace runs, em-dashes between words, words cut after inner hyphens."""
    out = []
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c in _WS:
            j = i + 1
            while j < n and text[j] in _WS:
                j += 1
            out.append(text[i:j])
            i = j
            continue
        if c == "-" and i > 0 and _is_wordish(text[i - 1]) and _dash_run_then_word(text, i, n):
            j = i
            while text[j] == "-":
                j += 1
            out.append(text[i:j])
            i = j
            continue
        # the shortest word (at least one character) that ends at a legal point
        k = i + 1
        while True:
            if k >= n or text[k] in _WS:
                out.append(text[i:k])
                i = k
                break
            if text[k] == "-" and _hyphen_breaks(text, k, n):
                out.append(text[i:k + 1])
                i = k + 1
                break
            if _is_wordish(text[k - 1]) and _dash_run_then_word(text, k, n):
                out.append(text[i:k])
                i = k
                break
            k += 1
    return out


def _hyphen_breaks(text, k, n):
    # a hyphen after two letters (or letter-hyphen-letter) and before letter[-]letter
    before = (k >= 2 and _is_letter(text[k - 1]) and _is_letter(text[k - 2])) or \
             (k >= 3 and _is_letter(text[k - 1]) and text[k - 2] == "-" and _is_letter(text[k - 3]))
    if not before:
        return False
    if k + 2 >= n or not _is_letter(text[k + 1]):
        return False
    if _is_letter(text[k + 2]):
        return True
    return text[k + 2] == "-" and k + 3 < n and _is_letter(text[k + 3])


def _ends_sentence(chunk):
    # lowercase ASCII letter, then . ! or ?, then an optional quote, at the chunk's end
    m = len(chunk)
    if m and chunk[-1] in "\"'":
        m -= 1
    return m >= 2 and chunk[m - 1] in ".!?" and "a" <= chunk[m - 2] <= "z"


class TextWrapper:
    """Object for wrapping/filling text."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _WS), ord(" "))

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_WS_TO_SPACE)
        return text

    def _split(self, text):
        if self.break_on_hyphens:
            return _split_hyphenated(text)
        return _split_plain(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                h = word.rfind("-", 0, room)
                if h > 0 and word[:h].strip("-"):
                    cut = h + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        full = self.width
        if full <= 0:
            raise ValueError("invalid width %r (must be > 0)" % full)
        limit = self.max_lines
        drop = self.drop_whitespace
        mark = self.placeholder
        if limit is not None:
            first = self.subsequent_indent if limit > 1 else self.initial_indent
            if len(first) + len(mark.lstrip()) > full:
                raise ValueError("placeholder too large for max width")
        lines = []
        pending = chunks[::-1]  # next chunk at the end, so pop() is cheap
        while pending:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = full - len(prefix)
            if drop and lines and not pending[-1].strip():
                pending.pop()
            line = []
            used = 0
            while pending and used + len(pending[-1]) <= room:
                used += len(pending[-1])
                line.append(pending.pop())
            if pending and len(pending[-1]) > room:
                self._handle_long_word(pending, line, used, room)
                used = sum(len(p) for p in line)
            if drop and line and not line[-1].strip():
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            nothing_left = not pending or (drop and len(pending) == 1 and not pending[0].strip())
            if limit is None or len(lines) + 1 < limit or (nothing_left and used <= room):
                lines.append(prefix + "".join(line))
                continue
            # the last allowed line: end it with the placeholder
            while line:
                if line[-1].strip() and used + len(mark) <= room:
                    lines.append(prefix + "".join(line) + mark)
                    return lines
                used -= len(line[-1])
                line.pop()
            if lines:
                last = lines[-1].rstrip()
                if len(last) + len(mark) <= full:
                    lines[-1] = last + mark
                    return lines
            lines.append(prefix + mark.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return [c for c in self._split(text) if c]

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def _lead(line):
    i = 0
    while i < len(line) and line[i] in " \t":
        i += 1
    return line[:i]


def dedent(text):
    lines = text.split("\n")
    margin = None
    for idx, line in enumerate(lines):
        if not line:
            continue
        lead = _lead(line)
        if len(lead) == len(line):
            lines[idx] = ""  # whitespace-only lines are normalised away
            continue
        if margin is None:
            margin = lead
        elif not lead.startswith(margin):
            k = 0
            top = min(len(lead), len(margin))
            while k < top and lead[k] == margin[k]:
                k += 1
            margin = margin[:k]
    if margin:
        cut = len(margin)
        lines = [l[cut:] if l else l for l in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        if (line.strip() if predicate is None else predicate(line)):
            out.append(prefix + line)
        else:
            out.append(line)
    return "".join(out)
