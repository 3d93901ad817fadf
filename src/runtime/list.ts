// list and tuple methods (Objects/listobject.c, tupleobject.c).
import { PyObject, type PyValue } from "./object.js";
import { radixOrder, rankBuffer, RADIX_MAX, countSortInts, COUNT_MAX } from "./sort-columns.js";
import { sortTupleKeys } from "./sort-tuple-keys.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { PyList, PyTuple, PySlice, tuple } from "./containers.js";
import { method, kwmethod } from "./descriptors.js";
import { pyRepr, pyEqBool, reprEnter, reprLeave, richCompare, truthy, typeName, typeOf, indexValue, seqConcat, seqRepeat, repeatCount, isIndex, pyHash, seqCompare, callSpecial, bindDescr, isInstance } from "./ops.js";
export { seqCompare };
import { toArray, getIter, nativeIter } from "./iter.js";
import { seqIndex, sliceArray, sliceIndices, checkIndexType, ssizeArg, ssizeIndex } from "./sequence.js";
import { callv, c1 } from "./call.js";
import { strCompare } from "./text/codepoints.js";
import { tupleHash } from "./tuple-hash.js";
import { installGenericNew, newTarget } from "./generic-new.js";
import { ctors } from "./klass.js";
import { NotImplemented } from "./types.js";
import { PyStaticMethod } from "./property.js";
import { PyBuiltin } from "./function.js";
import { PyType } from "./type.js";
import { EXC } from "./exceptions.js";

const L = (v: PyValue): PyList => v as PyList;

export function seqRepr(a: PyValue[], open: string, close: string, o: PyList | PyTuple): string {
  if (!reprEnter(o)) return open + "..." + close;
  try {
    const parts = a.map(pyRepr);
    if (open === "(" && a.length === 1) return "(" + parts[0] + ",)";
    return open + parts.join(", ") + close;
  } finally {
    reprLeave(o);
  }
}


function repeat(a: PyValue[], n: number): PyValue[] {
  if (n <= 0 || a.length === 0) return [];
  if (a.length * n > 1e8) raise("MemoryError", "");
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) for (const x of a) out.push(x);
  return out;
}

seqConcat.set(T.list, (a, b) => new PyList([...L(a).a, ...L(b).a]));
seqConcat.set(T.tuple, (a, b) => tuple([...(a as PyTuple).a, ...(b as PyTuple).a]));
seqRepeat.set(T.list, (a, n) => new PyList(repeat(L(a).a, n)));
// tp_itemsize (a pointer per item), which tests use to compute overflowing sizes
T.tuple.attrs.set("__itemsize__", 8);
// tuple_repeat: an exact tuple repeated once is itself
const tupleRepeat = (a: PyValue, n: number): PyValue => (n === 1 && (a as PyTuple).$cls === T.tuple ? a : tuple(repeat((a as PyTuple).a, n)));
seqRepeat.set(T.tuple, tupleRepeat);

function cmpMethods(t: typeof T.list, get: (v: PyValue) => PyValue[] | undefined): void {
  for (const [name, op] of [["__eq__", "Eq"], ["__ne__", "NotEq"], ["__lt__", "Lt"], ["__le__", "LtE"], ["__gt__", "Gt"], ["__ge__", "GtE"]] as const) {
    method(t, name, 1, 1, (self, other) => {
      const b = get(other);
      return b === undefined ? NotImplemented : seqCompare(get(self)!, b, op);
    });
  }
}
cmpMethods(T.list, (v) => (v instanceof PyList ? v.a : undefined));
cmpMethods(T.tuple, (v) => (v instanceof PyTuple ? v.a : undefined));

// ---- list ----
const lt = T.list;
method(lt, "__repr__", 0, 0, (s) => seqRepr(L(s).a, "[", "]", L(s)));
method(lt, "__len__", 0, 0, (s) => L(s).a.length);
method(lt, "__iter__", 0, 0, (s) => nativeIter(s as PyObject)!);
method(lt, "__getitem__", 1, 1, (s, i) => listGet(L(s), i));
method(lt, "__setitem__", 2, 2, (s, i, v) => (listSet(L(s), i, v), null));
method(lt, "__delitem__", 1, 1, (s, i) => (listDel(L(s), i), null));
/** The first i in [from, to) where `item == v` (listobject.c list_contains, list.index,
 * tuple.index), reading `s.a` afresh at each step since an __eq__ may change the list.
 * An int or str `v` against an item of the same JS type is decided by the values
 * (int and str __eq__ run no Python code); other pairs go through pyEqBool. */
export function seqFind(s: { a: PyValue[] }, v: PyValue, from: number, to: number): number {
  const kind = typeof v;
  if (kind === "number" || kind === "string") {
    for (let i = from; i < to && i < s.a.length; i++) {
      const y = s.a[i];
      if (y === v || (typeof y !== kind && pyEqBool(y, v))) return i;
    }
    return -1;
  }
  for (let i = from; i < to && i < s.a.length; i++) if (pyEqBool(s.a[i], v)) return i;
  return -1;
}
method(lt, "__contains__", 1, 1, (s, v) => seqFind(L(s), v, 0, Infinity) >= 0);
method(lt, "__add__", 1, 1, (s, o) => {
  if (!(o instanceof PyList)) raise("TypeError", `can only concatenate list (not "${typeName(o)}") to list`);
  return new PyList([...L(s).a, ...o.a]);
});
method(lt, "__iadd__", 1, 1, (s, o) => {
  L(s).a.push(...toArray(o));
  return s;
});
method(lt, "__mul__", 1, 1, (s, n) => (isIndex(n) ? new PyList(repeat(L(s).a, repeatCount(n, n))) : NotImplemented));
method(lt, "__rmul__", 1, 1, (s, n) => (isIndex(n) ? new PyList(repeat(L(s).a, repeatCount(n, n))) : NotImplemented));
method(lt, "__imul__", 1, 1, (s, n) => {
  const l = L(s);
  l.a = repeat(l.a, indexValue(n, true));
  return s;
});
lt.attrs.set("__hash__", null);
installGenericNew(lt);
// list___init__: keywords are refused only when the type keeps list's own __new__
// (a subclass with its own __new__ may pass extra keywords through to it)
const listInit = (s: PyValue, it?: PyValue): PyValue => {
  L(s).a = it === undefined ? [] : toArray(it);
  return null;
};
kwmethod(lt, "__init__", (args, kw) => {
  if (kw !== null && kw.size > 0 && typeOf(args[0]).lookup("__new__") === lt.attrs.get("__new__")) raise("TypeError", "list() takes no keyword arguments");
  if (args.length > 2) raise("TypeError", `list expected at most 1 argument, got ${args.length - 1}`);
  return listInit(args[0], args[1]);
});
method(lt, "append", 1, 1, (s, v) => (L(s).a.push(v), null));
method(lt, "extend", 1, 1, (s, v) => {
  const items = toArray(v);
  L(s).a.push(...items);
  return null;
});
method(lt, "insert", 2, 2, (s, i, v) => {
  const a = L(s).a;
  let n = ssizeArg(i);
  if (n < 0) n = Math.max(0, n + a.length);
  a.splice(Math.min(n, a.length), 0, v);
  return null;
});
method(lt, "pop", 0, 1, (s, i) => {
  const a = L(s).a;
  if (a.length === 0) raise("IndexError", "pop from empty list");
  if (i === undefined) return a.pop()!;
  let n = ssizeArg(i);
  if (n < 0) n += a.length;
  if (n < 0 || n >= a.length) raise("IndexError", "pop index out of range");
  return a.splice(n, 1)[0];
});
// remove/index/count re-read the items and their length at every step, as
// listobject.c does: an __eq__ may shrink or replace the list while it is searched
method(lt, "remove", 1, 1, (s, v) => {
  const l = L(s);
  for (let i = 0; i < l.a.length; i++) {
    if (pyEqBool(l.a[i], v)) {
      if (i < l.a.length) l.a.splice(i, 1);
      return null;
    }
  }
  return raise("ValueError", "list.remove(x): x not in list");
});
method(lt, "index", 1, 3, (s, v, start, stop) => {
  const l = L(s);
  const [b, e] = boundsOf(l.a.length, start, stop);
  const i = seqFind(l, v, b, e);
  return i >= 0 ? i : raise("ValueError", `${pyRepr(v)} is not in list`);
});
method(lt, "count", 1, 1, (s, v) => {
  const l = L(s);
  let n = 0;
  for (let i = 0; i < l.a.length; i++) if (pyEqBool(l.a[i], v)) n++;
  return n;
});
// in place, as list_clear: a comparison running over the list sees it empty
method(lt, "clear", 0, 0, (s) => ((L(s).a.length = 0), null));
method(lt, "copy", 0, 0, (s) => new PyList(L(s).a.slice()));
method(lt, "reverse", 0, 0, (s) => (L(s).a.reverse(), null));
kwmethod(lt, "sort", (args, kw) => {
  if (args.length > 1) raise("TypeError", "sort() takes no positional arguments");
  const l = L(args[0]);
  // listobject.c list_sort_impl: the list looks empty while it is sorted, and a key
  // or __lt__ that changes it makes the sort fail with ValueError afterwards
  const items = l.a;
  const during = new SortWatch();
  l.a = during;
  let sorted: PyValue[];
  try {
    sorted = sortArray(items, kw?.get("key") ?? null, truthy(kw?.get("reverse") ?? false));
  } catch (e) {
    l.a = items;
    throw e;
  }
  // (clearing the already empty list changes nothing, as in CPython)
  const modified = l.a.length !== 0 || during.length !== 0 || during.touched;
  l.a = sorted;
  if (modified) raise("ValueError", "list modified during sort");
  return null;
});
/** The stand-in items of a list being sorted: records whether anything changed it. */
class SortWatch extends Array<PyValue> {
  touched = false;
  override push(...v: PyValue[]): number {
    this.touched = true;
    return super.push(...v);
  }
  override unshift(...v: PyValue[]): number {
    this.touched = true;
    return super.unshift(...v);
  }
  override splice(start: number, deleteCount?: number, ...v: PyValue[]): PyValue[] {
    this.touched = true;
    return deleteCount === undefined ? super.splice(start) : super.splice(start, deleteCount, ...v);
  }
}
ctors.set(lt, (args, kwnames) => {
  if (kwnames) raise("TypeError", "list() takes no keyword arguments");
  if (args.length > 1) raise("TypeError", `list expected at most 1 argument, got ${args.length}`);
  if (args.length && args[0] !== null && typeof args[0] === "object" && args[0].$cls.heap) lengthHint(args[0]);
  return new PyList(args.length ? toArray(args[0]) : []);
});

/** list(x) sizes itself first (listobject.c list_extend → abstract.c
 * PyObject_LengthHint): a class's __len__, else its __length_hint__, is called and
 * checked; only the errors matter here, as pycell's lists grow on their own. */
function lengthHint(o: PyObject): void {
  const t = o.$cls;
  if (t.lookup("__len__") != null) {
    try {
      callSpecial(o, "__len__", []);
      return;
    } catch (e) {
      if (!(e instanceof PyObject && isInstance(e, EXC.TypeError))) throw e;
    }
  }
  const h = t.lookup("__length_hint__");
  if (h == null) return;
  const f = bindDescr(h, o);
  let r: PyValue;
  try {
    r = callv(f, [], null);
  } catch (e) {
    if (e instanceof PyObject && isInstance(e, EXC.TypeError)) return;
    throw e;
  }
  if (r === NotImplemented) return;
  if (typeof r !== "number" && typeof r !== "bigint" && typeof r !== "boolean") raise("TypeError", `__length_hint__ must be an integer, not ${typeName(r)}`);
  if (typeof r === "bigint" ? r < 0n : Number(r) < 0) raise("ValueError", "__length_hint__() should return >= 0");
}

function boundsOf(len: number, start: PyValue | undefined, stop: PyValue | undefined): [number, number] {
  let b = start === undefined ? 0 : indexValue(start, true);
  let e = stop === undefined ? len : indexValue(stop, true);
  if (b < 0) b = Math.max(0, b + len);
  if (e < 0) e = Math.max(0, e + len);
  return [b, Math.min(e, len)];
}

/** A stable sort with Python's `<` (listobject.c list_sort_impl): keys first (one key
 * call per item, in order), then V8's Array.prototype.sort, which is a port of
 * CPython's timsort (listsort.txt) and, like it, only asks whether `compare(x, y) < 0`,
 * i.e. ISLT(x, y): the same comparisons in the same order as CPython. An index array is
 * sorted, so the items never move until the sort succeeded. */
export function sortArray(a: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const n = a.length;
  let keys: PyValue[];
  // without a key the items are their own keys: every sort below only reads `keys`
  if (key === null) keys = a;
  else {
    keys = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) keys[i] = c1(key, a[i]);
  }
  if (n > 1 && key === null) {
    // equal small ints or strs are indistinguishable, so sorting the values themselves
    // natively is the stable sort's result
    const direct = sortDirect(keys);
    if (direct !== null) {
      if (reverse) direct.reverse();
      return direct;
    }
  }
  const idx = new Array<number>(n);
  // reverse first so that equal items keep their order (list_sort_impl)
  for (let i = 0; i < n; i++) idx[i] = reverse ? n - 1 - i : i;
  if (n > 1 && !sortByIntKeys(idx, keys) && !sortTupleKeys(idx, keys)) idx.sort(comparatorFor(keys));
  const out = new Array<PyValue>(n);
  if (reverse) for (let i = 0; i < n; i++) out[i] = a[idx[n - 1 - i]];
  else for (let i = 0; i < n; i++) out[i] = a[idx[i]];
  return out;
}

function reversedCopy(vals: PyValue[]): PyValue[] {
  const n = vals.length;
  const out = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) out[i] = vals[n - 1 - i];
  return out;
}
/** All small ints: a Float64Array's native numeric sort; all surrogate-free strs: the
 * native sort, whose order is then code-point order. Otherwise null. */
function sortDirect(vals: PyValue[]): PyValue[] | null {
  const v0 = vals[0];
  if (typeof v0 === "number") {
    // starting from an int keeps min/max small-int typed for the subtractions below
    let min = v0, max = v0;
    // timsort's count_run: an already ordered (or reversed) list is one run, sorted in
    // O(n); equal small ints are indistinguishable, so a non-increasing run reversed is
    // the stable result too
    let up = true, down = true, prev = v0;
    for (const v of vals) {
      if (typeof v !== "number") return null;
      if (v < min) min = v;
      if (v > max) max = v;
      if (v < prev) up = false;
      else if (v > prev) down = false;
      prev = v;
    }
    if (up) return vals.slice();
    if (down) return reversedCopy(vals);
    const n = vals.length;
    if (max - min < 2 * n + 64 && max - min < COUNT_MAX) return countSortInts(vals as number[], min, max);
    if (max - min <= RADIX_MAX) {
      const r = rankBuffer(n);
      for (let i = 0; i < n; i++) r[i] = (vals[i] as number) - min;
      const order = radixOrder(n, max - min);
      const out = new Array<PyValue>(n);
      for (let i = 0; i < n; i++) out[i] = vals[order[i]];
      return out;
    }
    const f = Float64Array.from(vals as number[]).sort();
    return Array.from(f);
  }
  if (typeof v0 === "string") {
    let up = true, down = true, prev = v0;
    for (const v of vals) {
      if (typeof v !== "string" || hasSurrogate(v)) return null;
      if (v < prev) up = false;
      else if (v > prev) down = false;
      prev = v;
    }
    if (up) return vals.slice();
    if (down) return reversedCopy(vals);
    return (vals as string[]).slice().sort();
  }
  return null;
}

/** Stable sort of the index array `idx` by small-int keys: each (key, position) pair
 * packed into one exactly representable double, sorted natively. False when the keys
 * are not all small ints or the packing would not be exact. */
function sortByIntKeys(idx: number[], keys: PyValue[]): boolean {
  const n = idx.length;
  let lo = Infinity, hi = -Infinity;
  for (const k of keys) {
    if (typeof k !== "number") return false;
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  if (hi - lo <= RADIX_MAX) {
    const r = rankBuffer(n);
    for (let p = 0; p < n; p++) r[p] = (keys[idx[p]] as number) - lo;
    const order = radixOrder(n, hi - lo);
    const before = idx.slice();
    for (let p = 0; p < n; p++) idx[p] = before[order[p]];
    return true;
  }
  if ((hi - lo + 1) * n >= Number.MAX_SAFE_INTEGER) return false;
  const packed = new Float64Array(n);
  // the position within idx (reversed already when sorting in reverse) breaks ties
  for (let p = 0; p < n; p++) packed[p] = ((keys[idx[p]] as number) - lo) * n + p;
  packed.sort();
  const order = idx.slice();
  for (let p = 0; p < n; p++) idx[p] = order[packed[p] % n];
  return true;
}

/** The comparator for index arrays into `keys`; like listobject.c's pre-sort check
 * (unsafe_latin_compare, unsafe_long_compare...), keys all of one simple kind compare
 * directly. */
function comparatorFor(keys: PyValue[]): (i: number, j: number) => number {
  let ints = true, strs = true;
  for (const k of keys) {
    if (typeof k !== "number") ints = false;
    // JS `<` on strings is code-unit order: code-point order only without surrogates
    if (typeof k !== "string" || hasSurrogate(k)) strs = false;
    if (!ints && !strs) break;
  }
  if (ints) return (i, j) => ((keys[i] as number) < (keys[j] as number) ? -1 : 0);
  if (strs) return (i, j) => ((keys[i] as string) < (keys[j] as string) ? -1 : 0);
  const cols = simpleTupleColumns(keys);
  if (cols > 0) {
    // every column holds only small ints or only surrogate-free strs: `!==` is `!=` and
    // `<` is `<` for both, so a tuple compares as tuplerichcompare would
    return (i, j) => {
      const p = (keys[i] as PyTuple).a, q = (keys[j] as PyTuple).a;
      for (let c = 0; c < cols; c++) {
        const x = p[c], y = q[c];
        if (x !== y) {
          // one `<` per operand type keeps each comparison site monomorphic
          if (typeof x === "number") return x < (y as number) ? -1 : 0;
          return (x as string) < (y as string) ? -1 : 0;
        }
      }
      return 0;
    };
  }
  return (i, j) => (sortLess(keys[i], keys[j]) ? -1 : 0);
}
/** The common length of `keys` when all are exact tuples whose every column holds
 * only JS numbers (small ints) or only strings without surrogates; else 0. */
function simpleTupleColumns(keys: PyValue[]): number {
  const k0 = keys[0];
  if (!(k0 instanceof PyTuple) || k0.$cls !== T.tuple || k0.a.length === 0) return 0;
  const n = k0.a.length;
  const kinds: string[] = k0.a.map((v) => typeof v);
  if (kinds.some((t) => t !== "number" && t !== "string")) return 0;
  for (const k of keys) {
    if (!(k instanceof PyTuple) || k.$cls !== T.tuple || k.a.length !== n) return 0;
    const a = k.a;
    for (let c = 0; c < n; c++) {
      const v = a[c];
      if (typeof v !== kinds[c] || (typeof v === "string" && hasSurrogate(v))) return 0;
    }
  }
  return n;
}
const SURROGATE = /[\ud800-\udfff]/;
const hasSurrogate = (s: string): boolean => SURROGATE.test(s);

/** `x < y` (op "Lt") or `x > y` (op "Gt") as a bool (PyObject_RichCompareBool), with
 * the common built-in cases inline: tuples compare item by item as tuplerichcompare
 * does. */
function orderBool(x: PyValue, y: PyValue, op: "Lt" | "Gt"): boolean {
  const lt = op === "Lt";
  if (typeof x === "number" && typeof y === "number") return lt ? x < y : x > y;
  if (typeof x === "string" && typeof y === "string") return lt ? strCompare(x, y) < 0 : strCompare(x, y) > 0;
  if (x instanceof PyTuple && y instanceof PyTuple && x.$cls === T.tuple && y.$cls === T.tuple) {
    const p = x.a, q = y.a;
    const n = Math.min(p.length, q.length);
    let i = 0;
    while (i < n && (p[i] === q[i] || pyEqBool(p[i], q[i]))) i++;
    if (i === n) return lt ? p.length < q.length : p.length > q.length;
    return orderBool(p[i], q[i], op);
  }
  return truthy(richCompare(x, y, op));
}
/** `x < y` as a bool (sorts, min()) */
export const sortLess = (x: PyValue, y: PyValue): boolean => orderBool(x, y, "Lt");
/** `x > y` as a bool (max()) */
export const sortGreater = (x: PyValue, y: PyValue): boolean => orderBool(x, y, "Gt");

export function listGet(l: PyList, i: PyValue): PyValue {
  if (typeof i === "number") {
    const a = l.a;
    const n = i < 0 ? i + a.length : i;
    if (n >= 0 && n < a.length) return a[n];
    return raise("IndexError", "list index out of range");
  }
  if (i instanceof PySlice) return new PyList(sliceArray(l.a, i));
  checkIndexType(i, "list");
  return l.a[seqIndex(i, l.a.length, "list")];
}
export function listSet(l: PyList, i: PyValue, v: PyValue): void {
  if (typeof i === "number") {
    // the common case first, without the index-type checks below
    const a = l.a;
    const n = i < 0 ? i + a.length : i;
    if (n >= 0 && n < a.length) {
      a[n] = v;
      return;
    }
  }
  if (i instanceof PySlice) {
    const items = toArray(v);
    const [start, stop, step, count] = sliceIndices(i, l.a.length);
    if (step === 1) {
      l.a.splice(start, Math.max(0, stop - start), ...items);
      return;
    }
    if (items.length !== count) raise("ValueError", `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
    for (let k = 0, j = start; k < count; k++, j += step) l.a[j] = items[k];
    return;
  }
  checkIndexType(i, "list");
  const a = l.a;
  let n = typeof i === "number" ? i : ssizeIndex(i);
  if (n < 0) n += a.length;
  if (n < 0 || n >= a.length) raise("IndexError", "list assignment index out of range");
  a[n] = v;
}
export function listDel(l: PyList, i: PyValue): void {
  if (i instanceof PySlice) {
    const [start, , step, count] = sliceIndices(i, l.a.length);
    if (step === 1) l.a.splice(start, count);
    else {
      const drop = new Set<number>();
      for (let k = 0, j = start; k < count; k++, j += step) drop.add(j);
      l.a = l.a.filter((_, j) => !drop.has(j));
    }
    return;
  }
  checkIndexType(i, "list");
  let n = ssizeIndex(i);
  if (n < 0) n += l.a.length;
  if (n < 0 || n >= l.a.length) raise("IndexError", "list assignment index out of range");
  l.a.splice(n, 1);
}

// ---- tuple ----
const tt = T.tuple;
const TU = (v: PyValue): PyTuple => v as PyTuple;
method(tt, "__repr__", 0, 0, (s) => seqRepr(TU(s).a, "(", ")", TU(s)));
method(tt, "__len__", 0, 0, (s) => TU(s).a.length);
method(tt, "__iter__", 0, 0, (s) => nativeIter(s as PyObject)!);
method(tt, "__getitem__", 1, 1, (s, i) => tupleGet(TU(s), i));
method(tt, "__contains__", 1, 1, (s, v) => seqFind(TU(s), v, 0, Infinity) >= 0);
method(tt, "__hash__", 0, 0, (s) => tupleHash(TU(s).a));
method(tt, "__add__", 1, 1, (s, o) => {
  if (!(o instanceof PyTuple)) raise("TypeError", `can only concatenate tuple (not "${typeName(o)}") to tuple`);
  return tuple([...TU(s).a, ...o.a]);
});
method(tt, "__mul__", 1, 1, (s, n) => (isIndex(n) ? tupleRepeat(s, repeatCount(n, n)) : NotImplemented));
method(tt, "__rmul__", 1, 1, (s, n) => (isIndex(n) ? tupleRepeat(s, repeatCount(n, n)) : NotImplemented));
method(tt, "index", 1, 3, (s, v, start, stop) => {
  const a = TU(s).a;
  const [b, e] = boundsOf(a.length, start, stop);
  for (let i = b; i < e; i++) if (pyEqBool(a[i], v)) return i;
  return raise("ValueError", "tuple.index(x): x not in tuple");
});
method(tt, "count", 1, 1, (s, v) => TU(s).a.filter((x) => pyEqBool(x, v)).length);
ctors.set(tt, (args, kwnames) => {
  if (kwnames) raise("TypeError", "tuple() takes no keyword arguments");
  if (args.length > 1) raise("TypeError", `tuple expected at most 1 argument, got ${args.length}`);
  if (args.length && args[0] instanceof PyTuple && (args[0] as PyTuple).$cls === tt) return args[0];
  return tuple(args.length ? toArray(args[0]) : []);
});
// tuple.__new__(cls, iterable=()) for subclasses (tupleobject.c tuple_subtype_new):
// the instance is a PyTuple whose $cls is the subclass; its __dict__ is made lazily.
tt.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => {
  const cls = newTarget(tt, a[0]);
  if (a.length > 2) raise("TypeError", `tuple expected at most 1 argument, got ${a.length - 1}`);
  if (cls === tt) return ctors.get(tt)!(a.slice(1), null);
  const t = new PyTuple(a.length > 1 ? toArray(a[1]) : []);
  t.$cls = cls;
  return t;
}, 1, Infinity, (a, kw) => {
  // tuple_new: keywords are refused unless the subclass has its own __init__ to take them
  const cls = a[0];
  if (kw !== null && kw.size > 0 && (!(cls instanceof PyType) || cls === tt || cls.lookup("__init__") === T.object.attrs.get("__init__"))) raise("TypeError", "tuple() takes no keyword arguments");
  return ((tt.attrs.get("__new__") as PyStaticMethod).f as PyBuiltin).$fn(...a);
}, undefined, "tuple.__new__")));
T.tuple.alloc = (cls) => {
  const t = new PyTuple([]);
  if (cls !== T.tuple) t.$cls = cls;
  return t;
};

export function tupleGet(t: PyTuple, i: PyValue): PyValue {
  if (typeof i === "number") {
    const a = t.a;
    const n = i < 0 ? i + a.length : i;
    if (n >= 0 && n < a.length) return a[n];
    return raise("IndexError", "tuple index out of range");
  }
  if (i instanceof PySlice) return tuple(sliceArray(t.a, i));
  checkIndexType(i, "tuple");
  return t.a[seqIndex(i, t.a.length, "tuple")];
}
