# json.dumps/dump/loads options, encoder/decoder classes, errors
import json
data = {"b": [1, 2.5, None, True, False, "x\n\"é😀\x01\x7f"], "a": {}, "c": [], "d": {"z": (1, 2)}, 3: "int", 1.5: "f", True: "t", None: "n"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(", ", " = ")))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3, {}]]], indent=-1))
print(json.dumps({"b": 1, "a": [3, 1]}, sort_keys=True, indent=1))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e16, 0.1, -0.0, 10**30]))
for f in [lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({(1, 2): 3}),
          lambda: json.dumps({(1, 2): 3, "a": 1}, skipkeys=True), lambda: json.dumps(object()),
          lambda: json.dumps({1: 2, "a": 3}, sort_keys=True), lambda: json.dumps({1: 2, 0.5: 3}, sort_keys=True),
          lambda: json.dumps({1 + 2j: 1}), lambda: json.dumps(b"x"), lambda: json.dumps({float('nan'): 1}),
          lambda: json.dumps({float('nan'): 1}, allow_nan=False), lambda: json.dumps(set(), default=sorted),
          lambda: json.dumps({3, 1}, default=sorted), lambda: json.dumps("é", ensure_ascii=False),
          lambda: json.dumps(10**5000), lambda: json.dumps({"a": 1}, separators=(",", ":"))]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
a = []; a.append(a)
d = {}; d["x"] = d
for o in [a, d, [a]]:
    try: print(json.dumps(o))
    except ValueError as e: print("ValueError", e)
class Foo: pass
try: json.dumps(Foo(), default=lambda o: o)
except ValueError as e: print("ValueError", e)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 2}}, cls=E), E().encode("x"), list(E(indent=1).iterencode([1])) and 1)
try: json.dumps(Foo(), cls=E)
except TypeError as e: print(e)
import io
buf = io.StringIO(); json.dump({"k": [1, 2]}, buf, indent=1); print(buf.getvalue())
print(json.load(io.StringIO('{"k": [1, 2]}')))
print(json.loads('{"a": 1, "b": [1.5, 2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2, "a": 3}', object_pairs_hook=lambda p: p))
print(json.loads('[1, 2.5, NaN, -Infinity]', parse_int=lambda s: "i" + s, parse_float=lambda s: "f" + s, parse_constant=lambda s: "c" + s))
print(json.loads('"a\tb"', strict=False))
try: json.loads('"a\tb"')
except json.JSONDecodeError as e: print(e)
print(json.loads(b'{"a": "\xc3\xa9"}'), json.loads('[1]'.encode('utf-16')), json.loads('[2]'.encode('utf-16-le')), json.loads(bytearray(b'3')))
try: json.loads(3)
except TypeError as e: print(e)
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] xyz'), dec.raw_decode('  x [3]', 4))
try: dec.raw_decode(' [1]')
except json.JSONDecodeError as e: print(e)
e = json.JSONDecodeError("msg", "ab\ncd", 4); print(e, e.msg, e.doc, e.pos, e.lineno, e.colno, e.args, type(e).__module__)
print(json.dumps("\u2028\ud800"), json.dumps("\u2028\ud800", ensure_ascii=False) == '"\u2028\ud800"')
print(json.loads(json.dumps({"deep": [[[[{"x": [1.25e-7]}]]]]})))
print(json.dumps([1, {"a": [2, {"b": []}]}], indent=3, sort_keys=True))
