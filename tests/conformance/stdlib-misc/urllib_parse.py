# urllib.parse: splitting, joining, quoting and query strings, str and bytes
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote,
                          quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl,
                          quote_from_bytes, unquote_to_bytes)

u = urlparse("HTTP://User:Pw@Example.COM:8080/a/b;p?q=1&r=2#frag")
print(u)
print(u.username, u.password, u.hostname, u.port, u.geturl())
print(urlsplit("http://[::1]:80/x").hostname, urlsplit("mailto:a@b.c"), urlsplit("//host/p"))
print(urlsplit(" \thttp://a\nb/c"), urlsplit("path/only?x#y", allow_fragments=False))
print(urlsplit(b"https://h/p?q"), urlsplit(b"https://h/p?q").decode().geturl())
for bad in ["http://[::1/x", "http://h:x/", "http://h:70000/", "http://[zz]/"]:
    try:
        urlsplit(bad).port
    except ValueError as e:
        print("ValueError", e)
print(urlunparse(("http", "h", "/p", "a", "q", "f")), urlunsplit(("file", "", "x", "", "")))
base = "http://a/b/c/d;p?q"
for ref in ["g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", ";x", "", ".", "./", "..", "../",
            "../g", "../..", "../../g", "../../../g", "/./g", "g.", ".g", "g..", "..g", "./../g",
            "g;x=1/../y", "http:g", "https://x/y"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin(b"http://a/b/", b"c"), urldefrag("http://x/y#z"), urldefrag("http://x/y"))
print(quote("a b/é~"), quote("a b/", safe=""), quote(b"\x00\xff"), quote_plus("a b+c&d"))
print(unquote("%E2%82%AC%zz%4"), unquote_plus("a+b%20c"), unquote("%E9", encoding="latin-1"))
print(quote_from_bytes(b"ab c"), unquote_to_bytes("%41%4a%x"))
print(urlencode({"a": "x y", "b": [1, 2], "c": "é"}), urlencode({"b": [1, 2]}, doseq=True))
print(urlencode([("k", b"\xff")]), urlencode({"q": "a/b"}, safe="/"), urlencode({"q": "a b"}, quote_via=quote))
print(parse_qsl("a=1&b=&c&a=%20x+y"), parse_qsl("a=1&b=", keep_blank_values=True))
print(parse_qs("a=1&a=2&b=3"), parse_qs(b"x=1"), parse_qsl("a=1;b=2", separator=";"))
for args, kw in [(("a",), {"strict_parsing": True}), (("a=1&b=2",), {"max_num_fields": 1}),
                 (("a=1",), {"separator": ""})]:
    try:
        parse_qsl(*args, **kw)
    except ValueError as e:
        print("ValueError", e)
try:
    urlparse("http://x", b"")
    urljoin("http://x", b"y")
except TypeError as e:
    print("TypeError", e)
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError", e)
