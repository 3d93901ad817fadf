// The iteration protocol. Internally every iterator answers `$next()` with the next
// item or undefined when exhausted (no StopIteration allocated on the fast path);
// `__next__` and `next()` translate at the Python boundary.
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { MAX_ITEMS, tooManyItems } from "./mem-limit.js";
import { typeOf, callSpecial, bindDescr } from "./ops.js";
import { callv } from "./call.js";
import { EXC, newExc } from "./exceptions.js";
import { PyList, PyTuple, PySet, PyRange } from "./containers.js";
import { PyDict } from "./dict.js";
import type { HashTable } from "./hashtable.js";
import { method } from "./descriptors.js";

const iterTypes = new Map<string, PyType>();
export function iterType(name: string): PyType {
  let t = iterTypes.get(name);
  if (!t) {
    t = new PyType(name, [T.object]);
    t.computeMro();
    t.final = true;
    method(t, "__next__", 0, 0, (self) => nextOrStop(self as PyObject));
    method(t, "__iter__", 0, 0, (self) => self);
    iterTypes.set(name, t);
  }
  return t;
}

/** Generic `$next` for objects whose type defines __next__ in Python. */
PyObject.prototype.$next = function (this: PyObject): PyValue | undefined {
  const f = this.$cls.lookup("__next__");
  if (f == null) raise("TypeError", `'${this.$cls.name}' object is not an iterator`);
  try {
    return callv(bindDescr(f, this), [], null);
  } catch (e) {
    if (e instanceof PyObject && e.$cls.isSubtypeOf(EXC.StopIteration)) return undefined;
    throw e;
  }
};

export function nextOrStop(it: PyObject): PyValue {
  const v = it.$next();
  if (v === undefined) throw newExc(EXC.StopIteration, []);
  return v;
}

export class ArrayIter extends PyObject {
  i = 0;
  constructor(readonly a: PyValue[], cls: PyType) {
    super();
    this.$cls = cls;
  }
  override $next = (): PyValue | undefined => (this.i < this.a.length ? this.a[this.i++] : undefined);
}

export class ListIter extends PyObject {
  i = 0;
  constructor(readonly l: PyList) {
    super();
  }
}
ListIter.prototype.$next = function (this: ListIter) {
  const a = this.l.a;
  if (this.i < a.length) return a[this.i++];
  this.i = Infinity;
  return undefined;
};

export class StrIter extends PyObject {
  i = 0;
  constructor(readonly s: string) {
    super();
  }
}
StrIter.prototype.$next = function (this: StrIter) {
  const s = this.s;
  if (this.i >= s.length) return undefined;
  const c = s.codePointAt(this.i)!;
  const n = c > 0xffff ? 2 : 1;
  const r = s.slice(this.i, this.i + n);
  this.i += n;
  return r;
};

export class RangeIter extends PyObject {
  /** the range's start, for __reduce__/__setstate__ (positions count from it) */
  readonly first: number;
  constructor(public cur: number, readonly stop: number, readonly step: number) {
    super();
    this.first = cur;
  }
}
RangeIter.prototype.$next = function (this: RangeIter) {
  const c = this.cur;
  if (this.step > 0 ? c < this.stop : c > this.stop) {
    this.cur = c + this.step;
    return c;
  }
  return undefined;
};

export class BigRangeIter extends PyObject {
  readonly first: bigint;
  constructor(public cur: bigint, readonly stop: bigint, readonly step: bigint) {
    super();
    this.first = cur;
  }
}
BigRangeIter.prototype.$next = function (this: BigRangeIter) {
  const c = this.cur;
  if (this.step > 0n ? c < this.stop : c > this.stop) {
    this.cur = c + this.step;
    return c >= -9007199254740991n && c <= 9007199254740991n ? Number(c) : c;
  }
  return undefined;
};

export type DictIterKind = 0 | 1 | 2; // keys, values, items
export class HashIter extends PyObject {
  it: Iterator<[unknown, PyValue]>;
  size: number;
  /** items produced so far (for __length_hint__) */
  seen = 0;
  constructor(readonly t: HashTable, readonly kind: DictIterKind, readonly what: string) {
    super();
    this.it = t.m.entries();
    this.size = t.m.size;
  }
}
HashIter.prototype.$next = function (this: HashIter) {
  if (this.size === -2) return undefined; // exhausted (di_dict cleared)
  if (this.t.m.size !== this.size) {
    this.size = -1;
    raise("RuntimeError", `${this.what} changed size during iteration`);
  }
  const r = this.it.next();
  if (r.done) {
    this.size = -2;
    return undefined;
  }
  // dictobject.c dictiter_iternextkey: more items than the table held when iteration
  // began (a key deleted and re-added: the JS Map would yield it again, forever) means
  // the keys changed; a set iterator (setobject.c) simply ends there
  if (this.seen >= this.size) {
    this.size = -2;
    if (this.what === "Set") return undefined;
    this.size = -1;
    raise("RuntimeError", `${this.what} keys changed during iteration`);
  }
  this.seen++;
  // the Map iterator hands out a fresh [key, value] array per step: an item's tuple
  // adopts it (one allocation fewer per item, no destructuring through the array iterator)
  const e = r.value;
  if (this.kind === 1) return e[1];
  const n = e[0];
  const k = this.t.keyOf(n);
  if (this.kind === 0) return k;
  if (k !== n) e[0] = k;
  return new PyTuple(e as PyValue[]);
};

/** iter(callable, sentinel) and the __getitem__ sequence protocol. */
export class SeqIter extends PyObject {
  i = 0;
  done = false;
  constructor(readonly seq: PyValue) {
    super();
  }
}
SeqIter.prototype.$next = function (this: SeqIter) {
  if (this.done) return undefined;
  try {
    return callSpecial(this.seq, "__getitem__", [this.i++]);
  } catch (e) {
    if (e instanceof PyObject && (e.$cls.isSubtypeOf(EXC.IndexError) || e.$cls.isSubtypeOf(EXC.StopIteration))) {
      this.done = true;
      return undefined;
    }
    throw e;
  }
};

export class CallIter extends PyObject {
  done = false;
  constructor(readonly fn: PyValue, readonly sentinel: PyValue, readonly eq: (a: PyValue, b: PyValue) => boolean) {
    super();
  }
}
CallIter.prototype.$next = function (this: CallIter) {
  if (this.done) return undefined;
  const v = callv(this.fn, [], null);
  // the call itself may have exhausted this iterator (gh-101892)
  if (this.done) return undefined;
  if (this.eq(v, this.sentinel)) {
    this.done = true;
    return undefined;
  }
  return v;
};

ListIter.prototype.$cls = iterType("list_iterator");
StrIter.prototype.$cls = iterType("str_ascii_iterator");
RangeIter.prototype.$cls = iterType("range_iterator");
BigRangeIter.prototype.$cls = iterType("longrange_iterator");
SeqIter.prototype.$cls = iterType("iterator");
CallIter.prototype.$cls = iterType("callable_iterator");
export const tupleIterType = iterType("tuple_iterator");
// __length_hint__ (operator.length_hint, listobject.c listiter_len...)
method(ListIter.prototype.$cls, "__length_hint__", 0, 0, (s) => Math.max(0, (s as ListIter).l.a.length - (s as ListIter).i));
method(StrIter.prototype.$cls, "__length_hint__", 0, 0, (s) => {
  const t = s as StrIter;
  let n = 0;
  for (let i = t.i; i < t.s.length; i++) if ((t.s.charCodeAt(i) & 0xfc00) !== 0xdc00) n++;
  return n;
});
for (const name of ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "set_iterator"]) {
  method(iterType(name), "__length_hint__", 0, 0, (s) => ((s as HashIter).size < 0 ? 0 : Math.max(0, (s as HashIter).t.m.size - (s as HashIter).seen)));
}
method(tupleIterType, "__length_hint__", 0, 0, (s) => Math.max(0, (s as ArrayIter).a.length - (s as ArrayIter).i));
method(RangeIter.prototype.$cls, "__length_hint__", 0, 0, (s) => {
  const r = s as RangeIter;
  const n = r.step > 0 ? Math.ceil((r.stop - r.cur) / r.step) : Math.ceil((r.cur - r.stop) / -r.step);
  return Math.max(0, n);
});

/** PyObject_GetIter. */
export function getIter(o: PyValue): PyObject {
  if (typeof o === "object" && o !== null) {
    if (!o.$cls.heap) {
      const n = nativeIter(o);
      if (n !== null) return n;
    }
  } else if (typeof o === "string") return new StrIter(o);
  const r = callSpecial(o, "__iter__", []);
  if (r !== undefined) {
    if (r === null || typeof r !== "object" || r.$cls.lookup("__next__") == null) raise("TypeError", `iter() returned non-iterator of type '${typeOf(r).name}'`);
    return r;
  }
  // `__iter__ = None` (stored as null) blocks the __getitem__ fallback (CPython slot_tp_iter)
  const t = typeOf(o);
  if (t.lookup("__iter__") !== null && t.lookup("__getitem__") != null) return new SeqIter(o);
  return raise("TypeError", `'${t.name}' object is not iterable`);
}

/** The iterator of a list/tuple/range/dict/set (or of an instance of a subclass, for
 * the built-in __iter__ methods, which must not dispatch back to __iter__); null for
 * other objects. */
export function nativeIter(o: PyObject): PyObject | null {
  if (o instanceof PyList) return new ListIter(o);
  if (o instanceof PyTuple) return new ArrayIter(o.a, tupleIterType);
  if (o instanceof PyRange) {
    const { start, stop, step } = o;
    if (typeof start === "number" && typeof stop === "number" && typeof step === "number") return new RangeIter(start, stop, step);
    return new BigRangeIter(BigInt(start), BigInt(stop), BigInt(step));
  }
  if (o instanceof PyDict) {
    const h = new HashIter(o.t, 0, "dictionary");
    h.$cls = iterType("dict_keyiterator");
    return h;
  }
  if (o instanceof PySet) {
    const h = new HashIter(o.t, 0, "Set");
    h.$cls = iterType("set_iterator");
    return h;
  }
  return null;
}

/** Everything an iterable yields, as a JS array (list(x) and unpacking). */
export function toArray(o: PyValue): PyValue[] {
  if (o instanceof PyList && !o.$cls.heap) return o.a.slice();
  if (o instanceof PyTuple && !o.$cls.heap) return o.a.slice();
  // an exact set's keys straight from its table (no iterator object, no size checks:
  // nothing runs between the steps that could change it)
  if (o instanceof PySet && !o.$cls.heap) return o.t.keys();
  const it = getIter(o);
  const out: PyValue[] = [];
  // push returns the new length: the guard against V8's fatal array-size abort is free
  for (let v = it.$next(); v !== undefined; v = it.$next()) if (out.push(v) >= MAX_ITEMS) tooManyItems();
  return out;
}
