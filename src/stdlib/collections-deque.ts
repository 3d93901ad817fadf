// collections.deque (the `_collections` module): a double-ended queue on a ring buffer,
// written from the documentation of collections.deque; messages are CPython's.
import { PyObject, type PyValue } from "../runtime/object.js";
import { MAX_ITEMS, tooManyItems } from "../runtime/mem-limit.js";
import { PyType } from "../runtime/type.js";
import { T, NotImplemented } from "../runtime/types.js";
import { raise } from "../runtime/raise.js";
import { method, kwmethod, getset } from "../runtime/descriptors.js";
import { PyBuiltin } from "../runtime/function.js";
import { PyClassMethod } from "../runtime/property.js";
import { registerModule } from "../runtime/modules.js";
import { ctors } from "../runtime/klass.js";
import { getIter, iterType } from "../runtime/iter.js";
import { pyRepr, pyEqBool, reprEnter, reprLeave, typeName, typeOf, indexValue, isIndex } from "../runtime/ops.js";
import { ssizeIndex, ssizeArg } from "../runtime/sequence.js";
import { seqCompare } from "../runtime/list.js";
import { makeGenericAlias } from "../runtime/generic-alias.js";
import { tuple } from "../runtime/containers.js";
import { callv } from "../runtime/call.js";
import { countElements } from "./collections-count.js";

export const dequeType = new PyType("collections.deque", [T.object]);
dequeType.qualname = "deque";
dequeType.computeMro();
dequeType.attrs.set("__module__", "collections");

/** The deque: `n` items starting at `head` in a power-of-two ring `buf`. `state`
 * counts mutations so that iterators can detect them (deque_iter's state check). */
export class PyDeque extends PyObject {
  buf: (PyValue | undefined)[] = new Array(8);
  head = 0;
  n = 0;
  maxlen = -1;
  state = 0;
  get(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)]!;
  }
  set(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const old = this.buf, cap = old.length, nb: (PyValue | undefined)[] = new Array(cap * 2);
    for (let i = 0; i < this.n; i++) nb[i] = old[(this.head + i) & (cap - 1)];
    this.buf = nb;
    this.head = 0;
  }
  pushRight(v: PyValue): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.n === this.maxlen) this.shiftLeft();
    if (this.n === this.buf.length) this.grow();
    this.buf[(this.head + this.n) & (this.buf.length - 1)] = v;
    this.n++;
  }
  pushLeft(v: PyValue): void {
    this.state++;
    if (this.maxlen === 0) return;
    if (this.n === this.maxlen) this.shiftRight();
    if (this.n === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.n++;
  }
  /** remove and return the leftmost item (caller checks emptiness) */
  shiftLeft(): PyValue {
    this.state++;
    const v = this.buf[this.head]!;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.n--;
    return v;
  }
  shiftRight(): PyValue {
    this.state++;
    const k = (this.head + this.n - 1) & (this.buf.length - 1);
    const v = this.buf[k]!;
    this.buf[k] = undefined;
    this.n--;
    return v;
  }
  toArray(): PyValue[] {
    const out: PyValue[] = new Array(this.n);
    for (let i = 0; i < this.n; i++) out[i] = this.get(i);
    return out;
  }
  /** replace the contents (keeps maxlen: the newest items win) */
  fill(a: PyValue[]): void {
    this.state++;
    let cap = 8;
    while (cap < a.length) cap *= 2;
    this.buf = new Array(cap);
    this.head = 0;
    this.n = 0;
    const from = this.maxlen >= 0 && a.length > this.maxlen ? a.length - this.maxlen : 0;
    for (let i = from; i < a.length; i++) this.buf[this.n++] = a[i];
  }
}
PyDeque.prototype.$cls = dequeType;
dequeType.alloc = (cls) => {
  const d = new PyDeque();
  if (cls !== dequeType) d.$cls = cls;
  return d;
};

const D = (v: PyValue): PyDeque => v as PyDeque;

/** The items of an iterable, snapshotting a deque first (d.extend(d) is allowed). */
function itemsOf(d: PyDeque, it: PyValue): PyValue[] {
  if (it === d) return d.toArray();
  const out: PyValue[] = [];
  const iter = getIter(it);
  for (let v = iter.$next(); v !== undefined; v = iter.$next()) if (out.push(v) >= MAX_ITEMS) tooManyItems();
  return out;
}

function normIndex(d: PyDeque, i: PyValue, exc: "IndexError" | "OverflowError" = "IndexError"): number {
  if (!isIndex(i)) raise("TypeError", `sequence index must be integer, not '${typeName(i)}'`);
  // beyond Py_ssize_t: deque_subscript's IndexError, the item assignment's OverflowError
  let k = ssizeIndex(i, exc);
  if (k < 0) k += d.n;
  if (k < 0 || k >= d.n) raise("IndexError", "deque index out of range");
  return k;
}

function init(self: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const d = D(self);
  if (args.length > 2) raise("TypeError", `deque() takes at most 2 arguments (${args.length} given)`);
  let iterable: PyValue | undefined = args[0];
  let maxlen: PyValue = args.length > 1 ? args[1] : null;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === "iterable" && args.length < 1) iterable = v;
      else if (k === "maxlen" && args.length < 2) maxlen = v;
      else raise("TypeError", `'${k}' is an invalid keyword argument for deque()`);
    }
  }
  if (maxlen === null) d.maxlen = -1;
  else {
    if (!isIndex(maxlen)) raise("TypeError", "an integer is required");
    const m = indexValue(maxlen, true);
    if (m < 0) raise("ValueError", "maxlen must be non-negative");
    d.maxlen = m;
  }
  d.fill(iterable === undefined ? [] : itemsOf(d, iterable));
  return null;
}

function rotate(d: PyDeque, k: number): void {
  const n = d.n;
  if (n <= 1) return;
  k %= n;
  if (k < 0) k += n;
  if (k === 0) return;
  // rotating right by k moves the last k items to the front; go the shorter way
  if (k <= n >> 1) for (let i = 0; i < k; i++) d.pushLeft(d.shiftRight());
  else for (let i = k; i < n; i++) d.pushRight(d.shiftLeft());
}

function reprOf(d: PyDeque): string {
  const name = typeOf(d).heap ? typeOf(d).name : "deque";
  if (!reprEnter(d)) return "[...]";
  try {
    const body = "[" + d.toArray().map(pyRepr).join(", ") + "]";
    return d.maxlen >= 0 ? `${name}(${body}, maxlen=${d.maxlen})` : `${name}(${body})`;
  } finally {
    reprLeave(d);
  }
}

function copyOf(d: PyDeque): PyValue {
  const t = typeOf(d);
  if (t === dequeType) {
    const c = new PyDeque();
    c.maxlen = d.maxlen;
    c.fill(d.toArray());
    return c;
  }
  const args: PyValue[] = [d];
  if (d.maxlen >= 0) args.push(d.maxlen);
  return callv(t, args, null);
}

const dt = dequeType;
kwmethod(dt, "__init__", (a, kw) => init(a[0], a.slice(1), kw));
ctors.set(dt, (args, kwnames) => {
  const d = new PyDeque();
  const npos = args.length - (kwnames?.length ?? 0);
  const kw = kwnames ? new Map(kwnames.map((k, i) => [k, args[npos + i]])) : null;
  init(d, args.slice(0, npos), kw);
  return d;
});
method(dt, "append", 1, 1, (s, v) => (D(s).pushRight(v), null));
method(dt, "appendleft", 1, 1, (s, v) => (D(s).pushLeft(v), null));
method(dt, "pop", 0, 0, (s) => (D(s).n === 0 ? raise("IndexError", "pop from an empty deque") : D(s).shiftRight()));
method(dt, "popleft", 0, 0, (s) => (D(s).n === 0 ? raise("IndexError", "pop from an empty deque") : D(s).shiftLeft()));
method(dt, "extend", 1, 1, (s, it) => {
  for (const v of itemsOf(D(s), it)) D(s).pushRight(v);
  return null;
});
method(dt, "extendleft", 1, 1, (s, it) => {
  for (const v of itemsOf(D(s), it)) D(s).pushLeft(v);
  return null;
});
method(dt, "clear", 0, 0, (s) => (D(s).fill([]), null));
method(dt, "copy", 0, 0, (s) => copyOf(D(s)));
method(dt, "__copy__", 0, 0, (s) => copyOf(D(s)));
method(dt, "count", 1, 1, (s, x) => {
  const d = D(s), st = d.state;
  let c = 0;
  for (let i = 0; i < d.n; i++) {
    if (pyEqBool(d.get(i), x)) c++;
    if (d.state !== st) raise("RuntimeError", "deque mutated during iteration");
  }
  return c;
});
method(dt, "index", 1, 3, (s, x, start, stop) => {
  const d = D(s);
  const bound = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    if (!isIndex(v)) raise("TypeError", "slice indices must be integers or have an __index__ method");
    let k = indexValue(v, true);
    if (k < 0) k = Math.max(0, k + d.n);
    return Math.min(k, d.n);
  };
  const b = bound(start, 0), e = bound(stop, d.n);
  const st = d.state;
  for (let i = b; i < e && i < d.n; i++) {
    if (pyEqBool(d.get(i), x)) return i;
    if (d.state !== st) raise("RuntimeError", "deque mutated during iteration");
  }
  return raise("ValueError", `${pyRepr(x)} is not in deque`);
});
method(dt, "insert", 2, 2, (s, i, x) => {
  const d = D(s);
  if (d.maxlen >= 0 && d.n >= d.maxlen) raise("IndexError", "deque already at its maximum size");
  let k = ssizeArg(i);
  if (k < 0) k = Math.max(0, k + d.n);
  if (k > d.n) k = d.n;
  const a = d.toArray();
  a.splice(k, 0, x);
  d.fill(a);
  return null;
});
method(dt, "remove", 1, 1, (s, x) => {
  const d = D(s), st = d.state;
  for (let i = 0; i < d.n; i++) {
    const eq = pyEqBool(d.get(i), x);
    if (d.state !== st) raise("IndexError", "deque mutated during remove().");
    if (eq) {
      const a = d.toArray();
      a.splice(i, 1);
      d.fill(a);
      return null;
    }
  }
  return raise("ValueError", `${pyRepr(x)} is not in deque`);
});
method(dt, "reverse", 0, 0, (s) => (D(s).fill(D(s).toArray().reverse()), null));
method(dt, "rotate", 0, 1, (s, n) => (rotate(D(s), n === undefined ? 1 : ssizeArg(n)), null));
getset(dt, "maxlen", (s) => (D(s).maxlen < 0 ? null : D(s).maxlen));
method(dt, "__len__", 0, 0, (s) => D(s).n);
method(dt, "__bool__", 0, 0, (s) => D(s).n > 0);
method(dt, "__getitem__", 1, 1, (s, i) => D(s).get(normIndex(D(s), i)));
method(dt, "__setitem__", 2, 2, (s, i, v) => (D(s).set(normIndex(D(s), i, "OverflowError"), v), null));
method(dt, "__delitem__", 1, 1, (s, i) => {
  const d = D(s), k = normIndex(d, i, "OverflowError");
  const a = d.toArray();
  a.splice(k, 1);
  d.fill(a);
  return null;
});
method(dt, "__contains__", 1, 1, (s, x) => {
  const d = D(s), st = d.state;
  for (let i = 0; i < d.n; i++) {
    if (pyEqBool(d.get(i), x)) return true;
    if (d.state !== st) raise("RuntimeError", "deque mutated during iteration");
  }
  return false;
});
method(dt, "__repr__", 0, 0, (s) => reprOf(D(s)));
dt.attrs.set("__hash__", null);
for (const [name, op] of [["__eq__", "Eq"], ["__ne__", "NotEq"], ["__lt__", "Lt"], ["__le__", "LtE"], ["__gt__", "Gt"], ["__ge__", "GtE"]] as const) {
  method(dt, name, 1, 1, (s, o) => (o instanceof PyDeque ? seqCompare(D(s).toArray(), o.toArray(), op) : NotImplemented));
}
method(dt, "__add__", 1, 1, (s, o) => {
  if (!(o instanceof PyDeque)) raise("TypeError", `can only concatenate deque (not "${typeName(o)}") to deque`);
  const c = copyOf(D(s)) as PyDeque;
  for (const v of o.toArray()) c.pushRight(v);
  return c;
});
method(dt, "__iadd__", 1, 1, (s, o) => {
  for (const v of itemsOf(D(s), o)) D(s).pushRight(v);
  return s;
});
const repeatTimes = (s: PyValue, n: PyValue): PyValue[] | undefined => {
  if (!isIndex(n)) return undefined;
  const k = indexValue(n, true), a = D(s).toArray();
  if (k > 0 && a.length * k > 1e8) raise("MemoryError", "");
  const out: PyValue[] = [];
  for (let i = 0; i < k; i++) for (const v of a) out.push(v);
  return out;
};
method(dt, "__mul__", 1, 1, (s, n) => {
  const a = repeatTimes(s, n);
  if (a === undefined) return NotImplemented;
  const c = copyOf(D(s)) as PyDeque;
  c.fill(a);
  return c;
});
dt.attrs.set("__rmul__", dt.attrs.get("__mul__")!);
method(dt, "__imul__", 1, 1, (s, n) => {
  const a = repeatTimes(s, n);
  if (a === undefined) return NotImplemented;
  D(s).fill(a);
  return s;
});
method(dt, "__reduce__", 0, 0, (s) => {
  const d = D(s);
  const dict = d.$dict !== null && d.$dict.t.size ? d.$dict : null;
  return tuple([typeOf(d), tuple(d.maxlen < 0 ? [] : [tuple([]), d.maxlen]), dict, getIter(d)]);
});
dt.attrs.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (cls, k) => makeGenericAlias(cls as PyType, k), 2, 2)));

// ---- iterators ----
const dequeIterType = iterType("_collections._deque_iterator");
const dequeRevIterType = iterType("_collections._deque_reverse_iterator");
for (const t of [dequeIterType, dequeRevIterType]) {
  t.qualname = t.name.slice(t.name.indexOf(".") + 1);
  t.attrs.set("__module__", "_collections");
}

class DequeIter extends PyObject {
  i = 0;
  readonly state: number;
  constructor(readonly d: PyDeque, readonly rev: boolean) {
    super();
    this.state = d.state;
    this.$cls = rev ? dequeRevIterType : dequeIterType;
  }
}
DequeIter.prototype.$next = function (this: DequeIter) {
  const d = this.d;
  if (d.state !== this.state) {
    this.i = Infinity;
    raise("RuntimeError", "deque mutated during iteration");
  }
  if (this.i >= d.n) return undefined;
  const k = this.i++;
  return d.get(this.rev ? d.n - 1 - k : k);
};
method(dt, "__iter__", 0, 0, (s) => new DequeIter(D(s), false));
method(dt, "__reversed__", 0, 0, (s) => new DequeIter(D(s), true));
method(dequeIterType, "__length_hint__", 0, 0, (s) => Math.max(0, (s as DequeIter).d.n - (s as DequeIter).i));

registerModule("_collections", (m) => {
  m.$dict!.setStr("deque", dequeType);
  m.$dict!.setStr("_count_elements", countElements);
});
