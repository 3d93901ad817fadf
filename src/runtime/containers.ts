// The data classes of list, tuple, set/frozenset, range, slice; their methods live in
// the family files (list.ts, tuple.ts, ...).
import { PyObject, type PyValue } from "./object.js";
import { T } from "./types.js";
import { HashTable } from "./hashtable.js";
import { LayoutMap } from "./set-layout.js";

export class PyList extends PyObject {
  constructor(public a: PyValue[]) {
    super();
  }
}
PyList.prototype.$cls = T.list;
T.list.alloc = (cls) => {
  const l = new PyList([]);
  if (cls !== T.list) l.$cls = cls;
  return l;
};

export class PyTuple extends PyObject {
  constructor(readonly a: PyValue[]) {
    super();
  }
}
PyTuple.prototype.$cls = T.tuple;
export const EMPTY_TUPLE = new PyTuple([]);

export class PySet extends PyObject {
  // the Map also models CPython's table, for CPython's iteration order (set-layout.ts)
  t = new HashTable(new LayoutMap());
  constructor(readonly frozen: boolean) {
    super();
  }
}
PySet.prototype.$cls = T.set;
T.set.alloc = (cls) => {
  const s = new PySet(false);
  if (cls !== T.set) s.$cls = cls;
  return s;
};

export class PyRange extends PyObject {
  constructor(readonly start: number | bigint, readonly stop: number | bigint, readonly step: number | bigint) {
    super();
  }
}
PyRange.prototype.$cls = T.range;

export class PySlice extends PyObject {
  constructor(readonly start: PyValue, readonly stop: PyValue, readonly step: PyValue) {
    super();
  }
}
PySlice.prototype.$cls = T.slice;

export class PyModule extends PyObject {
  constructor(readonly name: string, dict: import("./dict.js").PyDict) {
    super();
    this.$dict = dict;
  }
}
PyModule.prototype.$cls = T.module;

export class PyBytes extends PyObject {
  constructor(readonly b: Uint8Array) {
    super();
  }
}
PyBytes.prototype.$cls = T.bytes;

export const tuple = (a: PyValue[]): PyTuple => (a.length === 0 ? EMPTY_TUPLE : new PyTuple(a));
