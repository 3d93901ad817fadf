# json: very deep nesting becomes RecursionError, not a crash
import json
for doc in ["[" * 100000, '{"a":' * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError", e)
x = []
for _ in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print("RecursionError", e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    json.dumps(d)
except RecursionError as e:
    print("RecursionError", e)
print(json.loads("[" * 50 + "]" * 50))
