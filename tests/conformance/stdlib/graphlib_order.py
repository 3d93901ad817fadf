# graphlib: static_order and batch order, cycle reports, prepare/get_ready/done protocol errors

import graphlib as m
TopologicalSorter, CycleError = m.TopologicalSorter, m.CycleError
print(list(TopologicalSorter({'D': ['B', 'C'], 'C': ['A'], 'B': ['A']}).static_order()))
ts = TopologicalSorter(); ts.add(3, 2, 1); ts.add(1, 0); print([*ts.static_order()])
for gr in [{'a': ['b'], 'b': ['a']}, {1: [2], 2: [3], 3: [1]}, {'x': ['y'], 'y': ['z', 'x'], 'z': []}, {1: [1]}, {'a': ['b', 'c'], 'c': ['d'], 'd': ['c'], 'b': []}, {'p': ['q', 'r'], 'q': ['r'], 'r': ['s'], 's': ['p']}]:
    try: print(list(TopologicalSorter(gr).static_order()))
    except CycleError as e: print(e.args, type(e).__mro__[1].__name__)
ts = TopologicalSorter({'b': ['a'], 'c': ['a']}); ts.prepare()
print(ts.is_active(), ts.get_ready(), ts.get_ready(), bool(ts)); ts.done('a'); print(ts.get_ready()); ts.done('c', 'b'); print(ts.is_active())
for f in [lambda t: t.prepare(), lambda t: t.add('z'), lambda t: t.done('a'), lambda t: t.done('q')]:
    try: f(ts)
    except ValueError as e: print(e)
t2 = TopologicalSorter()
for f in [lambda t: t.get_ready(), lambda t: t.is_active(), lambda t: t.done('x')]:
    try: f(t2)
    except ValueError as e: print(e)
t3 = TopologicalSorter({'b': ['a']}); t3.prepare()
try: t3.done('b')
except ValueError as e: print(e)
deps = {"app": ["db", "cache", "log"], "db": ["log", "config"], "cache": ["config"], "log": ["config"], "tests": ["app"]}
print(list(TopologicalSorter(deps).static_order()), list(TopologicalSorter().static_order()))
ts = TopologicalSorter(deps); ts.prepare(); order = []
while ts:
    batch = ts.get_ready(); order.append(sorted(batch)); ts.done(*batch)
print(order)
