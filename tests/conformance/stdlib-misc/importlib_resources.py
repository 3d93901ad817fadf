# importlib.resources: the error paths and the deprecated helpers' warnings (no files needed)
import importlib.resources as r
import warnings

for bad in ["json.decoder", "no_such_pkg_zz"]:
    try:
        r.files(bad)
    except (TypeError, ModuleNotFoundError) as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for helper in (r.read_text, r.read_binary, r.is_resource, r.open_text, r.open_binary, r.path):
        try:
            helper("json.decoder", "x")
        except TypeError as e:
            print(helper.__name__, "TypeError", e)
    try:
        r.contents("json.decoder")
    except TypeError as e:
        print("contents TypeError", e)
for w in caught:
    print(w.category.__name__, str(w.message)[:40])
try:
    with r.as_file(object()):
        pass
except AttributeError as e:
    print("AttributeError", e)
