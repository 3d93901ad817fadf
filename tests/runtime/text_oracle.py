"""Oracle for tests/runtime/text-*.test.ts: reads a JSON list of cases [op, arg...] on
stdin, evaluates each with CPython and writes the JSON list of results (or
{"$error": [type, message]}). Tagged values: {"$bytes": hex}, {"$bytearray": hex},
{"$int": decimal}, {"$tuple": [...]}, {"$dict": [[k, v], ...]}."""
import json
import sys


def dec(v):
    if isinstance(v, dict):
        if "$bytes" in v:
            return bytes.fromhex(v["$bytes"])
        if "$bytearray" in v:
            return bytearray.fromhex(v["$bytearray"])
        if "$int" in v:
            return int(v["$int"])
        if "$tuple" in v:
            return tuple(dec(x) for x in v["$tuple"])
        if "$dict" in v:
            return {dec(k): dec(x) for k, x in v["$dict"]}
    if isinstance(v, list):
        return [dec(x) for x in v]
    return v


def enc(v):
    if v is None or isinstance(v, (bool, str)):
        return v
    if isinstance(v, int):
        return v if abs(v) < 2**53 else {"$int": str(v)}
    if isinstance(v, (bytes, bytearray)):
        return {"$bytes": v.hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {"$dict": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(type(v).__name__)


def run(op, args):
    if op == "ascii":
        return ascii(args[0])
    if op == "len":
        return len(args[0])
    if op == "getitem":
        return args[0][args[1]]
    if op == "slice":
        return args[0][slice(*args[1:])]
    if op == "indices":
        return slice(*args[1:]).indices(args[0])
    if op == "contains":
        return args[1] in args[0]
    if op == "cmp":
        return (args[0] > args[1]) - (args[0] < args[1])
    if op == "ord":
        return ord(args[0])
    if op == "chr":
        return chr(args[0])
    if op == "list":
        return list(args[0])
    if op == "codec":
        import codecs
        return codecs.lookup(args[0]).name
    if op.startswith("unicodedata."):
        import unicodedata
        return getattr(unicodedata, op.split(".")[1])(*args)
    owner, name = op.split(".")
    return getattr({"str": str, "bytes": bytes, "bytearray": bytearray}[owner], name)(*args)


def main():
    cases = json.load(sys.stdin)
    out = []
    for case in cases:
        try:
            out.append(enc(run(case[0], [dec(a) for a in case[1:]])))
        except Exception as e:  # the error itself is the expected value
            out.append({"$error": [type(e).__name__, str(e)]})
    json.dump(out, sys.stdout)


main()
