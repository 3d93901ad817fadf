import json
class E(json.JSONEncoder):
    def default(self, o): return list(o)
print(json.dumps({"a": {1, 2}}, cls=E, indent=True))
print(json.loads(b'{"x": [1, 2.5, null]}', parse_float=str))
print(json.loads('[1]', object_pairs_hook=list), json.loads('{"a":1}', object_pairs_hook=list))
try: json.loads('{"a" 1}')
except json.JSONDecodeError as e: print(e, e.lineno, e.colno, e.pos, e.msg)
e = json.JSONDecodeError("m", "ab\ncd", 4)
print(e, e.__reduce__()[1])
print(json.JSONDecoder().raw_decode('[1] x'))
try: json.loads(3)
except TypeError as e: print(e)
print(json.dumps([1,{"b":2}], indent="\t", sort_keys=True, separators=(",", "=")))
