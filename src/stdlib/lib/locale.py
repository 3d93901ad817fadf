"""locale for pycell: only the C (POSIX) locale, written from the locale module
documentation. pycell formats numbers and compares strings one way, the C
locale's way; setting any other locale raises locale.Error, as CPython does
on a system where that locale is not installed."""

import sys as _sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

# the values of glibc's <locale.h>, which CPython exposes
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
_CATEGORIES = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL)

CHAR_MAX = 127
CODESET = 14
D_T_FMT = 0x20028
D_FMT = 0x20029
T_FMT = 0x2002A
RADIXCHAR = 0x10000
THOUSEP = 0x10001
YESEXPR = 0x50000
NOEXPR = 0x50001

_builtin_str = str


class Error(Exception):
    pass


Error.__module__ = "locale"

_C_NAMES = ("C", "POSIX", "")


def setlocale(category, locale=None):
    """Set (or, with locale None, query) the locale of a category. Only the C
    locale exists: '', 'C' and 'POSIX' select it."""
    if category not in _CATEGORIES:
        raise Error("unsupported locale setting")
    if locale is not None and not isinstance(locale, _builtin_str):
        try:
            parts = tuple(locale)
        except TypeError:
            parts = None
        if parts is None or len(parts) != 2:
            raise TypeError("Locale must be None, a string, or an iterable of two strings"
                            " -- language code, encoding.")
        locale = normalize(_build_localename(parts))
    if locale is None or locale in _C_NAMES:
        return "C"
    raise Error("unsupported locale setting")


def _build_localename(parts):
    language, encoding = parts
    if language is None:
        language = "C"
    if encoding is None:
        return language
    return language + "." + encoding


def resetlocale(category=LC_ALL):
    setlocale(category, "")


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's locale: (None, None) for C."""
    return (None, None)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead",
                  DeprecationWarning, stacklevel=2)
    return (None, "UTF-8")


def getencoding():
    return "UTF-8"


def getpreferredencoding(do_setlocale=True):
    return "UTF-8"


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {
        "int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "",
        "mon_thousands_sep": "", "mon_grouping": [], "positive_sign": "",
        "negative_sign": "", "int_frac_digits": CHAR_MAX, "frac_digits": CHAR_MAX,
        "p_cs_precedes": CHAR_MAX, "p_sep_by_space": CHAR_MAX,
        "n_cs_precedes": CHAR_MAX, "n_sep_by_space": CHAR_MAX,
        "p_sign_posn": CHAR_MAX, "n_sign_posn": CHAR_MAX,
        "decimal_point": ".", "thousands_sep": "", "grouping": [],
    }


def nl_langinfo(key):
    values = {CODESET: "UTF-8", RADIXCHAR: ".", THOUSEP: "",
              D_T_FMT: "%a %b %e %H:%M:%S %Y", D_FMT: "%m/%d/%y", T_FMT: "%H:%M:%S",
              YESEXPR: "^[yY]", NOEXPR: "^[nN]"}
    if key not in values:
        raise ValueError("unsupported langinfo constant")
    return values[key]


def strcoll(a, b):
    """Compare two strings by code point, as the C locale collates."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (a > b) - (a < b)


def strxfrm(string):
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's separators: in the C locale there is no
    grouping and the decimal point is '.', so this is plain % formatting."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    return format_string(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string("%.12g", val)


def localize(string, grouping=False, monetary=False):
    return string


def delocalize(string):
    """Remove the locale's thousands separators and use '.' as decimal point:
    nothing to do in the C locale."""
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


_ENCODINGS = {"utf8": "UTF-8", "utf-8": "UTF-8", "iso88591": "ISO8859-1",
              "iso8859-1": "ISO8859-1", "latin1": "ISO8859-1", "latin-1": "ISO8859-1",
              "iso885915": "ISO8859-15", "ascii": "ISO8859-1", "eucjp": "eucJP"}
# a few of the aliases CPython's table knows (language -> language.encoding)
_ALIASES = {"c": "C", "posix": "C", "c.utf8": "en_US.UTF-8", "c.utf-8": "en_US.UTF-8",
            "en": "en_US.ISO8859-1", "en_us": "en_US.ISO8859-1", "en_gb": "en_GB.ISO8859-1",
            "de": "de_DE.ISO8859-1", "de_de": "de_DE.ISO8859-1", "fr": "fr_FR.ISO8859-1",
            "fr_fr": "fr_FR.ISO8859-1", "ja_jp": "ja_JP.eucJP", "es_es": "es_ES.ISO8859-1"}


def normalize(localename):
    """A locale code in the form language_TERRITORY.ENCODING (a small subset of
    CPython's alias table; unknown names come back unchanged)."""
    code = localename.lower()
    if ":" in code:
        code = code.replace(":", ".")
    modifier = ""
    if "@" in code:
        code, modifier = code.split("@", 1)
        modifier = "@" + modifier
    if code in _ALIASES:
        return _ALIASES[code] + modifier
    if "." in code:
        lang, enc = code.split(".", 1)
        norm_enc = _ENCODINGS.get(enc.replace("_", "-"), _ENCODINGS.get(enc.replace("-", "").replace("_", "")))
        if norm_enc is not None:
            base = _ALIASES.get(lang)
            if base is not None and base != "C":
                return base.split(".")[0] + "." + norm_enc + modifier
    return localename
