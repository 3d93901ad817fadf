"""The old undocumented helpers of urllib.parse (splittype, splithost, ...),
deprecated since Python 3.8; written from their documented behaviour and the
cases CPython's test suite checks. urllib.parse re-exports them."""

import re
import warnings

_TYPE = re.compile('([^/:]+):(.*)', re.DOTALL)
_HOST = re.compile('//([^/#?]*)(.*)', re.DOTALL)
_PORT = re.compile('(.*):([0-9]*)', re.DOTALL)


def _splittype(url):
    """'type:opaquestring' -> ('type', 'opaquestring')."""
    found = _TYPE.match(url)
    return (found.group(1).lower(), found.group(2)) if found else (None, url)


def _splithost(url):
    """'//host[:port]/path' -> ('host[:port]', '/path')."""
    found = _HOST.match(url)
    if not found:
        return None, url
    where, rest = found.groups()
    if rest and not rest.startswith('/'):
        rest = '/' + rest
    return where, rest


def _splituser(host):
    """'user[:passwd]@host[:port]' -> ('user[:passwd]', 'host[:port]')."""
    who, at, rest = host.rpartition('@')
    return (who if at else None), rest


def _splitpasswd(user):
    """'user:passwd' -> ('user', 'passwd')."""
    name, colon, secret = user.partition(':')
    return name, (secret if colon else None)


def _splitport(host):
    """'host:port' -> ('host', 'port'); the port must be digits."""
    found = _PORT.fullmatch(host)
    if found and found.group(2):
        return found.group(1), found.group(2)
    return (found.group(1) if found else host), None


def _splitnport(host, defport=-1):
    """'host:port' -> ('host', port as int); defport without a port, None for a bad one."""
    name, colon, port = host.rpartition(':')
    if not colon:
        return port, defport
    if not port:
        return name, defport
    return name, (int(port) if port.isdigit() and port.isascii() else None)


def _splitquery(url):
    """'/path?query' -> ('/path', 'query')."""
    head, mark, tail = url.rpartition('?')
    return (head, tail) if mark else (url, None)


def _splittag(url):
    """'/path#tag' -> ('/path', 'tag')."""
    head, mark, tail = url.rpartition('#')
    return (head, tail) if mark else (url, None)


def _splitattr(url):
    """'/path;attr1=value1;attr2=value2' -> ('/path', ['attr1=value1', 'attr2=value2'])."""
    first, *attrs = url.split(';')
    return first, attrs


def _splitvalue(attr):
    """'attr=value' -> ('attr', 'value')."""
    key, eq, value = attr.partition('=')
    return key, (value if eq else None)


def _to_bytes(url):
    """Checks that a str URL is ASCII (the name is historical: it returns str)."""
    if isinstance(url, str) and not url.isascii():
        raise UnicodeError('URL ' + repr(url) + ' contains non-ASCII characters')
    return url


def _deprecated(helper, instead):
    public = helper.__name__[1:]

    def wrapper(*args, **kwargs):
        warnings.warn('urllib.parse.{}() is deprecated as of 3.8, use urllib.parse.{}() instead'
                      .format(public, instead), DeprecationWarning, stacklevel=2)
        return helper(*args, **kwargs)
    wrapper.__name__ = wrapper.__qualname__ = public
    wrapper.__doc__ = helper.__doc__
    return wrapper


splittype = _deprecated(_splittype, 'urlparse')
splithost = _deprecated(_splithost, 'urlparse')
splituser = _deprecated(_splituser, 'urlparse')
splitpasswd = _deprecated(_splitpasswd, 'urlparse')
splitport = _deprecated(_splitport, 'urlparse')
splitnport = _deprecated(_splitnport, 'urlparse')
splitquery = _deprecated(_splitquery, 'urlparse')
splittag = _deprecated(_splittag, 'urlparse')
splitattr = _deprecated(_splitattr, 'urlparse')
splitvalue = _deprecated(_splitvalue, 'parse_qsl')


def to_bytes(url):
    warnings.warn('urllib.parse.to_bytes() is deprecated as of 3.8', DeprecationWarning,
                  stacklevel=2)
    return _to_bytes(url)
