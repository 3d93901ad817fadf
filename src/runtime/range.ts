// range and slice objects (Objects/rangeobject.c, sliceobject.c).
import type { PyValue } from "./object.js";
import { T, NotImplemented } from "./types.js";
import { raise } from "./raise.js";
import { PyRange, PySlice, tuple } from "./containers.js";
import { method, getset } from "./descriptors.js";
import { asInt, pyRepr, typeName, typeOf, callSpecial, pyEqBool } from "./ops.js";
import { ctors } from "./klass.js";
import { sliceIndicesBig, sliceIndicesMethod } from "./slice-big.js";
import { getIter, BigRangeIter, iterType } from "./iter.js";
import * as I from "./int.js";

const R = (v: PyValue): PyRange => v as PyRange;

function rangeArg(v: PyValue): I.Int {
  const i = asInt(v);
  if (i !== undefined) return i;
  const r = callSpecial(v, "__index__", []);
  if (r === undefined) raise("TypeError", `'${typeName(v)}' object cannot be interpreted as an integer`);
  const ri = asInt(r);
  if (ri === undefined || typeof r === "boolean") raise("TypeError", `__index__ returned non-int (type ${typeName(r)})`);
  return ri;
}
/** range_contains/range_index/range_count take the arithmetic path only for an exact
 * int or bool; anything else (an int subclass with its own __eq__...) is compared
 * item by item (_PySequence_IterSearch). */
const exactInt = (v: PyValue): boolean => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
const MAXSIZE = (1n << 63n) - 1n;

export function rangeLen(r: PyRange): I.Int {
  const { start, stop, step } = r;
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = BigInt(start), b = BigInt(stop), s = BigInt(step);
  if (s > 0n) return a < b ? I.norm((b - a - 1n) / s + 1n) : 0;
  return a > b ? I.norm((a - b - 1n) / -s + 1n) : 0;
}

function rangeItem(r: PyRange, i: I.Int): I.Int {
  return I.intAdd(r.start, I.intMul(i, r.step));
}

ctors.set(T.range, (args, kwnames) => {
  if (kwnames) raise("TypeError", "range() takes no keyword arguments");
  if (args.length === 0) raise("TypeError", "range expected at least 1 argument, got 0");
  if (args.length > 3) raise("TypeError", `range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PyRange(0, rangeArg(args[0]), 1);
  const step = args.length === 3 ? rangeArg(args[2]) : 1;
  if (step === 0 || step === 0n) raise("ValueError", "range() arg 3 must not be zero");
  return new PyRange(rangeArg(args[0]), rangeArg(args[1]), step);
});
const rt = T.range;
method(rt, "__repr__", 0, 0, (s) => {
  const r = R(s);
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
});
method(rt, "__len__", 0, 0, (s) => {
  const n = rangeLen(R(s));
  if (typeof n === "bigint" && n > MAXSIZE) raise("OverflowError", "Python int too large to convert to C ssize_t");
  return n;
});
method(rt, "__bool__", 0, 0, (s) => rangeLen(R(s)) !== 0);
method(rt, "__iter__", 0, 0, (s) => getIter(s));
method(rt, "__reversed__", 0, 0, (s) => {
  const r = R(s);
  const n = rangeLen(r);
  const last = rangeItem(r, I.intSub(n, 1));
  const it = new BigRangeIter(BigInt(last), BigInt(I.intSub(r.start, r.step)), -BigInt(r.step));
  it.$cls = iterType("range_iterator");
  return it;
});
method(rt, "__getitem__", 1, 1, (s, i) => {
  const r = R(s);
  const n = rangeLen(r);
  if (i instanceof PySlice) {
    // rangeobject.c compute_slice: the slice's indices over the range's length
    const [start, stop, step] = sliceIndicesBig(i, BigInt(n));
    return new PyRange(rangeItem(r, I.norm(start)), rangeItem(r, I.norm(stop)), I.intMul(r.step, I.norm(step)));
  }
  if (asInt(i) === undefined && typeOf(i).lookup("__index__") == null) raise("TypeError", `range indices must be integers or slices, not ${typeName(i)}`);
  let k = rangeArg(i);
  if (k < 0) k = I.intAdd(k, n);
  if (k < 0 || k >= n) raise("IndexError", "range object index out of range");
  return rangeItem(r, k);
});
function rangeContains(r: PyRange, v: PyValue): boolean {
  const x = asInt(v);
  if (x === undefined) return false;
  const { start, stop, step } = r;
  if (step > 0 ? x < start || x >= stop : x > start || x <= stop) return false;
  return I.intMod(I.intSub(x, start), step) === 0;
}
method(rt, "__contains__", 1, 1, (s, v) => {
  if (exactInt(v)) return rangeContains(R(s), v);
  const it = getIter(s);
  for (let x = it.$next(); x !== undefined; x = it.$next()) if (pyEqBool(x, v)) return true;
  return false;
});
method(rt, "index", 1, 1, (s, v) => {
  const r = R(s);
  if (!exactInt(v)) {
    const it = getIter(s);
    let i = 0;
    for (let x = it.$next(); x !== undefined; x = it.$next(), i++) if (pyEqBool(x, v)) return i;
    return raise("ValueError", "sequence.index(x): x not in sequence");
  }
  if (!rangeContains(r, v)) raise("ValueError", `${pyRepr(v)} is not in range`);
  return I.intFloorDiv(I.intSub(asInt(v)!, r.start), r.step);
});
method(rt, "count", 1, 1, (s, v) => {
  if (exactInt(v)) return rangeContains(R(s), v) ? 1 : 0;
  const it = getIter(s);
  let n = 0;
  for (let x = it.$next(); x !== undefined; x = it.$next()) if (pyEqBool(x, v)) n++;
  return n;
});
method(rt, "__eq__", 1, 1, (s, o) => {
  if (!(o instanceof PyRange)) return NotImplemented;
  const a = R(s);
  const la = rangeLen(a), lb = rangeLen(o);
  if (la != lb) return false;
  if (la == 0) return true;
  if (a.start != o.start) return false;
  return la == 1 || a.step == o.step;
});
method(rt, "__hash__", 0, 0, (s) => rangeLen(R(s)) as number);
getset(rt, "start", (s) => R(s).start);
getset(rt, "stop", (s) => R(s).stop);
getset(rt, "step", (s) => R(s).step);

// ---- slice ----
const st = T.slice;
const SL = (v: PyValue): PySlice => v as PySlice;
ctors.set(st, (args, kwnames) => {
  if (kwnames) raise("TypeError", "slice() takes no keyword arguments");
  if (args.length === 0) raise("TypeError", "slice expected at least 1 argument, got 0");
  if (args.length > 3) raise("TypeError", `slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PySlice(null, args[0], null);
  return new PySlice(args[0], args[1], args[2] ?? null);
});
method(st, "__repr__", 0, 0, (s) => `slice(${pyRepr(SL(s).start)}, ${pyRepr(SL(s).stop)}, ${pyRepr(SL(s).step)})`);
method(st, "indices", 1, 1, (s, n) => tuple(sliceIndicesMethod(SL(s), n).map(I.norm)));
method(st, "__eq__", 1, 1, (s, o) => o instanceof PySlice && pyEqBool(tuple([SL(s).start, SL(s).stop, SL(s).step]), tuple([o.start, o.stop, o.step])));
st.attrs.set("__hash__", null);
getset(st, "start", (s) => SL(s).start);
getset(st, "stop", (s) => SL(s).stop);
getset(st, "step", (s) => SL(s).step);
