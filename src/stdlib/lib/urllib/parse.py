"""urllib.parse for pycell, written from the urllib.parse documentation, RFC 3986
and black-box runs of CPython 3.11.

Every function takes str or bytes (ASCII) alike: bytes are decoded on the way in
and the results encoded on the way out (the documented "bytes in, bytes out")."""

import re as _re
from collections import namedtuple as _namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit',
           'urlencode', 'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes',
           'unquote', 'unquote_plus', 'unquote_to_bytes', 'DefragResult', 'ParseResult',
           'SplitResult', 'DefragResultBytes', 'ParseResultBytes', 'SplitResultBytes']

# which schemes take part in relative references, have a netloc, take ;params ...
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https',
                 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn',
                 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms',
               'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp',
               'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews',
                    'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp',
              'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https',
                 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# the WHATWG URL standard strips these from both ends; tabs and newlines go everywhere
_C0_AND_SPACE = ''.join(chr(c) for c in range(0x21))
_DROPPED = ('\t', '\r', '\n')


# -- str/bytes handling -----------------------------------------------------------
def _same(x):
    return x


def _text_args(*args):
    """(decoded args..., a function that converts results back to the input's type)."""
    as_text = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != as_text:
            raise TypeError('Cannot mix str and non-str arguments')
    if as_text:
        return args + (_same,)
    return tuple(_bytes_to_text(a) for a in args) + (_text_to_bytes,)


def _bytes_to_text(value):
    return value.decode('ascii', 'strict') if value else ''


def _text_to_bytes(value):
    return value.encode('ascii', 'strict')


# -- result types -------------------------------------------------------------------
class _NetlocParts:
    """username/password/hostname/port read from a result's netloc."""

    __slots__ = ()

    def _split_userinfo(self):
        userinfo, at, _ = self.netloc.rpartition(self._AT)
        if not at:
            return None, None
        user, colon, secret = userinfo.partition(self._COLON)
        return user, (secret if colon else None)

    def _split_hostport(self):
        hostinfo = self.netloc.rpartition(self._AT)[2]
        _, bracket, inside = hostinfo.partition(self._OPEN)
        if bracket:
            host, _, after = inside.partition(self._CLOSE)
            port = after.partition(self._COLON)[2]
        else:
            host, _, port = hostinfo.partition(self._COLON)
        return host, (port or None)

    @property
    def username(self):
        return self._split_userinfo()[0]

    @property
    def password(self):
        return self._split_userinfo()[1]

    @property
    def hostname(self):
        host = self._split_hostport()[0]
        if not host:
            return None
        # an IPv6 zone id keeps its case; the rest of the name is case-insensitive
        name, pct, zone = host.partition(self._PERCENT)
        return name.lower() + pct + zone

    @property
    def port(self):
        raw = self._split_hostport()[1]
        if raw is None:
            return None
        text = raw.decode('ascii') if isinstance(raw, bytes) else raw
        if not (text.isdigit() and text.isascii()):
            raise ValueError('Port could not be cast to integer value as {!r}'.format(raw))
        number = int(text)
        if not 0 <= number <= 65535:
            raise ValueError('Port out of range 0-65535')
        return number


class _TextNetloc(_NetlocParts):
    __slots__ = ()
    _AT, _COLON, _OPEN, _CLOSE, _PERCENT = '@', ':', '[', ']', '%'

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(part.encode(encoding, errors) for part in self))


class _BytesNetloc(_NetlocParts):
    __slots__ = ()
    _AT, _COLON, _OPEN, _CLOSE, _PERCENT = b'@', b':', b'[', b']', b'%'

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(part.decode(encoding, errors) for part in self))


class _TextPlain:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(part.encode(encoding, errors) for part in self))


class _BytesPlain:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(part.decode(encoding, errors) for part in self))


_DefragTuple = _namedtuple('DefragResult', 'url fragment')
_SplitTuple = _namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseTuple = _namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragTuple, _TextPlain):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitTuple, _TextNetloc):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseTuple, _TextNetloc):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragTuple, _BytesPlain):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitTuple, _BytesNetloc):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseTuple, _BytesNetloc):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _text, _raw in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                    (ParseResult, ParseResultBytes)):
    _text._encoded_counterpart = _raw
    _raw._decoded_counterpart = _text
del _text, _raw

DefragResult.__doc__ = 'DefragResult(url, fragment): a URL without its fragment, and the fragment.'
SplitResult.__doc__ = 'SplitResult(scheme, netloc, path, query, fragment): what urlsplit() returns.'
ParseResult.__doc__ = 'ParseResult(scheme, netloc, path, params, query, fragment): what urlparse() returns.'


def _typed(result_text, values, back):
    """A result tuple of the right kind for the input type."""
    made = result_text(*values)
    return made.encode('ascii', 'strict') if back is _text_to_bytes else made


# -- splitting ------------------------------------------------------------------
def _scheme_end(url):
    """Where the scheme's ':' is, or -1 when url does not start with a scheme."""
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[1:colon]):
            return colon
    return -1


def _netloc_end(url, start):
    """End of the authority that starts at `start`: the first '/', '?' or '#'."""
    ends = [i for i in (url.find(c, start) for c in '/?#') if i >= 0]
    return min(ends) if ends else len(url)


def _ipv4_ok(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for part in parts:
        if not (part.isascii() and part.isdigit()) or len(part) > 3:
            return False
        if int(part) > 255 or (len(part) > 1 and part[0] == '0'):
            return False
    return True


def _ipv6_ok(text):
    if '%' in text:
        text, _, zone = text.partition('%')
        if not zone or '/' in zone:
            return False
    groups_needed = 8
    head, _, last = text.rpartition(':')
    if '.' in last:
        # an embedded IPv4 address stands for the last two groups
        if not _ipv4_ok(last):
            return False
        text = head + ':0:0'
    halves = text.split('::')
    if len(halves) > 2:
        return False

    def groups(part):
        if part == '':
            return []
        pieces = part.split(':')
        for p in pieces:
            if not 1 <= len(p) <= 4 or not all(c in '0123456789abcdefABCDEF' for c in p):
                return None
        return pieces

    seen = [groups(h) for h in halves]
    if any(g is None for g in seen):
        return False
    count = sum(len(g) for g in seen)
    if len(halves) == 2:
        return count < groups_needed
    return count == groups_needed


def _check_bracketed(host):
    if host.startswith('v'):
        if not _re.match(r'\Av[a-fA-F0-9]+\..+\Z', host):
            raise ValueError('IPvFuture address is invalid')
        return
    if _ipv4_ok(host):
        raise ValueError('An IPv4 address cannot be in brackets')
    if not _ipv6_ok(host):
        raise ValueError('{!r} does not appear to be an IPv4 or IPv6 address'.format(host))


def _check_netloc_chars(netloc):
    """A netloc whose NFKC form adds URL delimiters could be misread later (CVE-2019-9636)."""
    if not netloc or netloc.isascii():
        return
    import unicodedata
    plain = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    folded = unicodedata.normalize('NFKC', plain)
    if folded == plain:
        return
    for c in '/?#@:':
        if c in folded:
            raise ValueError("netloc '" + netloc + "' contains invalid " +
                             'characters under NFKC normalization')


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts: scheme://netloc/path?query#fragment."""
    url, scheme, back = _text_args(url, scheme)
    url = url.lstrip(_C0_AND_SPACE)
    scheme = scheme.strip(_C0_AND_SPACE)
    for c in _DROPPED:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    colon = _scheme_end(url)
    if colon > 0:
        scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        end = _netloc_end(url, 2)
        netloc, url = url[2:end], url[end:]
        has_open, has_close = '[' in netloc, ']' in netloc
        if has_open != has_close:
            raise ValueError('Invalid IPv6 URL')
        if has_open:
            _check_bracketed(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc_chars(netloc)
    return _typed(SplitResult, (scheme, netloc, url, query, fragment), back)


def _cut_params(path):
    """(path, params): params follow the first ';' of the last path segment."""
    start = path.rfind('/') if '/' in path else 0
    semi = path.find(';', start)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: scheme://netloc/path;params?query#fragment."""
    url, scheme, back = _text_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        path, params = _cut_params(path)
    return _typed(ParseResult, (parts.scheme, parts.netloc, path, params, parts.query,
                                parts.fragment), back)


def urlunsplit(components):
    """Put a URL together from the 5 parts urlsplit() returns."""
    scheme, netloc, url, query, fragment, back = _text_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url += '?' + query
    if fragment:
        url += '#' + fragment
    return back(url)


def urlunparse(components):
    """Put a URL together from the 6 parts urlparse() returns."""
    scheme, netloc, url, params, query, fragment, back = _text_args(*components)
    if params:
        url = url + ';' + params
    return back(urlunsplit((scheme, netloc, url, query, fragment)))


def urldefrag(url):
    """(URL without its fragment, fragment)."""
    url, back = _text_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        bare = urlunparse((s, n, p, a, q, ''))
    else:
        frag, bare = '', url
    return _typed(DefragResult, (bare, frag), back)


def _merge_dots(segments):
    """Resolve '.' and '..' segments (RFC 3986 5.2.4, as CPython applies it)."""
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """Resolve `url` relative to `base` into an absolute URL."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _text_args(base, url)
    b = urlparse(base, '', allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    scheme, netloc, path, params, query, fragment = r
    if scheme != b.scheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse(r))
        netloc = b.netloc
    if not path and not params:
        query = query or b.query
        return back(urlunparse((scheme, netloc, b.path, b.params, query, fragment)))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_dir = b.path.split('/')
        if base_dir[-1] != '':
            base_dir.pop()
        segments = base_dir + path.split('/')
        # empty segments in the middle are dropped (a// in the base collapses)
        segments[1:-1] = [s for s in segments[1:-1] if s]
    joined = '/'.join(_merge_dots(segments)) or '/'
    return back(urlunparse((scheme, netloc, joined, params, query, fragment)))


# -- quoting ------------------------------------------------------------------------
_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_ALWAYS_SAFE = _UNRESERVED
_HEX = '0123456789abcdefABCDEF'


def unquote_to_bytes(string):
    """%xx escapes replaced by the bytes they stand for."""
    if not string:
        string.split  # a None or other non-string raises AttributeError, as in CPython
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = bytes(string).split(b'%')
    if len(pieces) == 1:
        return bytes(string)
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        pair = piece[:2]
        if len(pair) == 2 and all(chr(b) in _HEX for b in pair):
            out.append(int(pair, 16))
            out += piece[2:]
        else:
            out += b'%' + piece
    return bytes(out)


_ASCII_RUN = _re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """%xx escapes replaced by the characters they encode (UTF-8 by default)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding or 'utf-8', errors or 'replace')
    if '%' not in string:
        string.split
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    pieces = _ASCII_RUN.split(string)
    for i in range(1, len(pieces), 2):
        pieces[i] = unquote_to_bytes(pieces[i]).decode(encoding, errors)
    return ''.join(pieces)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote(), with '+' read as a space (HTML form values)."""
    return unquote(string.replace('+', ' '), encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """bytes -> str with every byte outside the unreserved set and `safe` as %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _UNRESERVED.union(safe)
    return ''.join(chr(b) if b in keep else '%{:02X}'.format(b) for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode a str (as UTF-8 unless `encoding` says otherwise) or bytes."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for HTML form values: spaces become '+'."""
    space = ' ' if isinstance(string, str) else b' '
    if space not in string:
        return quote(string, safe, encoding, errors)
    plus_safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, plus_safe, encoding, errors).replace(' ', '+')


# -- query strings -------------------------------------------------------------------
def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
              errors='replace', max_num_fields=None, separator='&'):
    """A query string as a list of (name, value) pairs."""
    qs, back = _text_args(qs)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError('Separator must be of type string or bytes.')
    if isinstance(separator, bytes):
        separator = separator.decode('ascii')
    if max_num_fields is not None and max_num_fields < 1 + qs.count(separator):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(value.replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((back(name), back(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8',
             errors='replace', max_num_fields=None, separator='&'):
    """A query string as a dict of name -> list of values."""
    found = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding,
                                 errors=errors, max_num_fields=max_num_fields,
                                 separator=separator):
        found.setdefault(name, []).append(value)
    return found


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or sequence of pairs as an application/x-www-form-urlencoded string."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError('not a valid non-string sequence or mapping object') from err

    def enc(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        return quote_via(item if isinstance(item, str) else str(item), safe, encoding, errors)

    out = []
    for key, value in query:
        key = enc(key)
        if not doseq or isinstance(value, (str, bytes)):
            out.append(key + '=' + enc(value))
            continue
        try:
            len(value)
        except TypeError:
            out.append(key + '=' + enc(value))
            continue
        for element in value:
            out.append(key + '=' + enc(element))
    return '&'.join(out)


def unwrap(url):
    """'<URL:scheme://host/path>' -> 'scheme://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def clear_cache():
    """pycell's urlsplit keeps no cache: nothing to clear."""


class _Quoter(dict):
    """byte -> its quoted text, filled on demand (what older code used from quote())."""

    def __init__(self, safe):
        self.safe = _UNRESERVED.union(safe)

    def __repr__(self):
        return '<Quoter {!r}>'.format(dict(self))

    def __missing__(self, byte):
        text = chr(byte) if byte in self.safe else '%{:02X}'.format(byte)
        self[byte] = text
        return text


from urllib._pycell_legacy import (  # noqa: E402  (the deprecated helpers)
    _splittype, _splithost, _splituser, _splitpasswd, _splitport, _splitnport,
    _splitquery, _splittag, _splitattr, _splitvalue, _to_bytes, splittype, splithost,
    splituser, splitpasswd, splitport, splitnport, splitquery, splittag, splitattr,
    splitvalue, to_bytes)


def __getattr__(name):
    if name == 'Quoter':
        import warnings
        warnings.warn('Deprecated in 3.11. urllib.parse.Quoter will be removed in Python 3.14. '
                      'It was not intended to be a public API.', DeprecationWarning, stacklevel=2)
        return _Quoter
    raise AttributeError('module {!r} has no attribute {!r}'.format(__name__, name))
