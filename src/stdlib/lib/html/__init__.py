"""html: escaping and unescaping of HTML text, written from the html module's
documentation and the HTML5 rules for character references."""

import re as _re

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, when `quote`, both kinds of quote) by HTML-safe
    character references."""
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace("'", '&#x27;')
    return s


_numeric_fixes = None


def _fixes():
    """Code point -> replacement for numeric references the HTML5 spec rewrites."""
    global _numeric_fixes
    if _numeric_fixes is None:
        from html._pycell_refdata import NUMERIC
        table = {}
        for word in NUMERIC.split():
            point, _, text = word.partition(':')
            table[int(point, 16)] = ''.join(chr(int(p, 16)) for p in text.split(',') if p)
        _numeric_fixes = table
    return _numeric_fixes


def _numeric(body):
    digits = body[1:].rstrip(';')
    value = int(digits[1:], 16) if digits[:1] in ('x', 'X') else int(digits)
    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return '\ufffd'
    fixes = _fixes()
    return fixes[value] if value in fixes else chr(value)


def _named(body):
    from html.entities import html5
    if body in html5:
        return html5[body]
    # the longest known prefix that needs no ';' (like "&notit;" -> "¬it;")
    for cut in range(len(body) - 1, 1, -1):
        if body[:cut] in html5:
            return html5[body[:cut]] + body[cut:]
    return '&' + body


def _replace(match):
    body = match.group(1)
    return _numeric(body) if body[0] == '#' else _named(body)


_REFERENCE = _re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replace every named and numeric character reference in s by the text it
    stands for, following the HTML5 rules (also for references without ';')."""
    if '&' not in s:
        return s
    return _REFERENCE.sub(_replace, s)
