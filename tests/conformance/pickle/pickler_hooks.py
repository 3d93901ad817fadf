# Pickler/Unpickler hooks: persistent_id/persistent_load, dispatch_table,
# reducer_override, find_class, copyreg extension codes, PickleBuffer, dump/load
import copyreg
import io
import pickle


class Ref:
    def __init__(self, key):
        self.key = key


class PidPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Ref):
            return 'ref:' + obj.key
        return None


class PidUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid.split(':')
        return 'loaded:' + key


for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    f = io.BytesIO()
    PidPickler(f, proto).dump([Ref('a'), 1, Ref('b')])
    data = f.getvalue()
    print(proto, data)
    print(PidUnpickler(io.BytesIO(data)).load())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x, p.y))


f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = {Point: reduce_point}
p.dump(Point(1, 2))
print(f.getvalue())
back = pickle.loads(f.getvalue())
print(back.x, back.y)


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is len:
            return (max, ())
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([len, 1, 'x'])
print(f.getvalue())


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


print(Restricted(io.BytesIO(pickle.dumps({1, 2}, 4))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(len, 4))).load()
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)

copyreg.add_extension('__main__', 'Point', 240)
copyreg.add_extension('__main__', 'reduce_point', 70000)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps([Point, reduce_point], proto)
    print(proto, data)
    print(pickle.loads(data) == [Point, reduce_point])
copyreg.remove_extension('__main__', 'Point', 240)
copyreg.remove_extension('__main__', 'reduce_point', 70000)

buffers = []
data = pickle.dumps([pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'de'))], 5,
                    buffer_callback=buffers.append)
print(data, len(buffers))
print(pickle.loads(data, buffers=[b.raw() for b in buffers]))
print(pickle.dumps(pickle.PickleBuffer(b'xyz'), 5))
print(pickle.loads(pickle.dumps(pickle.PickleBuffer(bytearray(b'xyz')), 5)))
try:
    pickle.dumps(pickle.PickleBuffer(b'x'), 4)
except pickle.PicklingError as e:
    print('PicklingError', e)

f = io.BytesIO()
pickle.dump({'k': [1, 2]}, f, 3)
pickle.dump('second', f)
f.seek(0)
print(pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError', e)
print(pickle.loads(b'\x80\x02U\x03abcq\x00.', encoding='bytes'), pickle.loads(b'U\x03abc.', encoding='latin1'))
