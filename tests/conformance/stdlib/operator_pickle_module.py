# operator: methodcaller pickles (keywords through functools.partial); the
# functions come from _operator and pickle by reference.
import operator
import pickle
import _operator

m = operator.methodcaller("count", "a")
m2 = operator.methodcaller("split", sep=",", maxsplit=1)
print(m.__reduce__())
print(pickle.loads(pickle.dumps(m))("banana"), pickle.loads(pickle.dumps(m2))("a,b,c"))
print(operator.add.__module__, operator.itemgetter.__module__, operator.add is _operator.add)
print(pickle.loads(pickle.dumps(operator.add))(1, 2))
print(pickle.loads(pickle.dumps(operator.itemgetter(1, 0)))("ab"))
print(pickle.loads(pickle.dumps(operator.attrgetter("real", "imag")))(3 + 4j))
print(len(operator.__all__), sorted(n for n in vars(operator)
      if not n.startswith('__') and getattr(operator, n).__module__ in ('operator', '_operator')) == sorted(operator.__all__))
