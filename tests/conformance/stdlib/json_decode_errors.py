# json.loads: values and JSONDecodeError messages/positions for malformed documents
import json
for s in ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[', '[1', '[1,', '[1,]', '"abc', '"a\\', '"a\\x"', '"\\u12"', '"\\u12g4"', '"a\x01"', '01', '1 2', '-', '-a', 'nul', 'tru', 'NaN', '-Infinity', 'Infinity', '1.', '1.e5', '1e', '.5', '1.5e+', '{1:2}', '\ufeff[]', '[1,\n 2\n x]', '"\\ud834\\udd1e"', '"\\ud834"', '"\\ud834\\u0041"', '  [] ', '["a" "b"]', '{"a" 1}', '{"a":1 "b":2}', '"\\"', '"\\ud800\\ud834\\udd1e"', '"\\ud834\\u12"', '-0', '-0.0', '1E400', '123456789012345678901234567890', '[1.5, -2e-3, 0.1, 1e16, 12345678901234567]', '{"a": {"b": [null, true, false]}, "a": 2}', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '"é😀"', '[ 1 , 2 ]\n', '{"😀": "x", "y": 1 x}']:
    try: print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), 'JDE', e, e.pos, e.lineno, e.colno, repr(e.msg))
    except Exception as e: print(repr(s), type(e).__name__, e)
