// dict: an insertion-ordered hash table (hashtable.ts) with Python's methods.
import { PyObject, type PyValue } from "./object.js";
import { T } from "./types.js";
import { HashTable } from "./hashtable.js";

export class PyDict extends PyObject {
  t: HashTable;
  /** `t`: a table to wrap (attr-slots.ts instance dicts), else a new empty one */
  constructor(t?: HashTable) {
    super();
    this.t = t ?? new HashTable();
  }
  getStr(k: string): PyValue | undefined {
    return this.t.m.get(k);
  }
  setStr(k: string, v: PyValue): void {
    this.t.m.set(k, v);
  }
  get(k: PyValue): PyValue | undefined {
    return this.t.get(k);
  }
  set(k: PyValue, v: PyValue): void {
    this.t.set(k, v);
  }
  get size(): number {
    return this.t.m.size;
  }
  *entries(): Generator<[PyValue, PyValue]> {
    const t = this.t;
    for (const [n, v] of t.m) yield [t.keyOf(n), v];
  }
}
PyDict.prototype.$cls = T.dict;
T.dict.alloc = (cls) => {
  const d = new PyDict();
  if (cls !== T.dict) d.$cls = cls;
  return d;
};

export function dictFromEntries(entries: Iterable<[PyValue, PyValue]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) d.set(k, v);
  return d;
}
