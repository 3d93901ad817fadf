// __reduce__ and __setstate__ of the built-in iterators, so that pickle and copy can
// save an iterator mid-way (listobject.c listiter_reduce_general, tupleobject.c,
// rangeobject.c, dictobject.c dictiter_reduce, bltinmodule.c enumerate/zip/map/
// filter/reversed reduce). Each reduces to `iter(seq)` or the iterator's class,
// plus the position for __setstate__.
import { type PyValue } from "../runtime/object.js";
import { T } from "../runtime/types.js";
import { raise } from "../runtime/raise.js";
import { method } from "../runtime/descriptors.js";
import { ListIter, StrIter, RangeIter, BigRangeIter, HashIter, SeqIter, CallIter, ArrayIter, tupleIterType, iterType } from "../runtime/iter.js";
import { tuple, PyList, PyRange, PyBytes, EMPTY_TUPLE } from "../runtime/containers.js";
import { PyByteArray } from "../runtime/bytes.js";
import { asInt, truthy } from "../runtime/ops.js";
import { getattr } from "../runtime/attributes.js";
import { importModule } from "../runtime/modules.js";
import { Enumerate, Zip, MapIter, FilterIter, Reversed } from "./iterators.js";
import { len } from "../runtime/rt.js";

const builtinIter = (): PyValue => getattr(importModule("builtins", true), "iter");

/** The position argument of __setstate__: an int (iterobject.c uses PyLong_AsSsize_t). */
function position(v: PyValue): number {
  const n = asInt(v);
  if (n === undefined) raise("TypeError", "an integer is required");
  return Number(n);
}

const clamp = (n: number, lo: number, hi: number): number => (n < lo ? lo : n > hi ? hi : n);

// ---- list, tuple, bytes, bytearray iterators: (iter, (seq,), index) ----
method(ListIter.prototype.$cls, "__reduce__", 0, 0, (self) => {
  const it = self as ListIter;
  // an exhausted iterator has dropped its list (listiter_next sets it_seq NULL)
  if (it.i === Infinity) return tuple([builtinIter(), tuple([new PyList([])])]);
  return tuple([builtinIter(), tuple([it.l]), it.i]);
});
method(ListIter.prototype.$cls, "__setstate__", 1, 1, (self, v) => {
  const it = self as ListIter;
  const n = position(v);
  if (it.i !== Infinity) it.i = clamp(n, 0, it.l.a.length);
  return null;
});

/** tuple/bytes/bytearray iterators are ArrayIters over a copy of the items: the
 * reduction rebuilds the sequence of their type from that array. */
function arraySeq(it: ArrayIter): PyValue {
  if (it.$cls === tupleIterType) return tuple(it.a);
  const bytes = Uint8Array.from(it.a as number[]);
  return it.$cls === iterType("bytearray_iterator") ? new PyByteArray(bytes) : new PyBytes(bytes);
}
for (const t of [tupleIterType, iterType("bytes_iterator"), iterType("bytearray_iterator")]) {
  method(t, "__reduce__", 0, 0, (self) => {
    const it = self as ArrayIter;
    return tuple([builtinIter(), tuple([arraySeq(it)]), it.i]);
  });
  method(t, "__setstate__", 1, 1, (self, v) => {
    const it = self as ArrayIter;
    it.i = clamp(position(v), 0, it.a.length);
    return null;
  });
}

// ---- str iterator: the index counts code points, StrIter's counts UTF-16 units ----
function codePointsBefore(s: string, unit: number): number {
  let n = 0;
  for (let k = 0; k < unit && k < s.length; k++) if ((s.charCodeAt(k) & 0xfc00) !== 0xdc00) n++;
  return n;
}
method(StrIter.prototype.$cls, "__reduce__", 0, 0, (self) => {
  const it = self as StrIter;
  return tuple([builtinIter(), tuple([it.s]), codePointsBefore(it.s, it.i)]);
});
method(StrIter.prototype.$cls, "__setstate__", 1, 1, (self, v) => {
  const it = self as StrIter;
  let left = Math.max(0, position(v));
  let k = 0;
  while (left > 0 && k < it.s.length) {
    k += (it.s.charCodeAt(k) & 0xfc00) === 0xd800 && k + 1 < it.s.length ? 2 : 1;
    left--;
  }
  it.i = k;
  return null;
});

// ---- range iterators: (iter, (range(first, stop, step),), index) ----
method(RangeIter.prototype.$cls, "__reduce__", 0, 0, (self) => {
  if (self instanceof BigRangeIter) {
    const r = new PyRange(norm(self.first), norm(self.stop), norm(self.step));
    return tuple([builtinIter(), tuple([r]), norm((self.cur - self.first) / self.step)]);
  }
  const it = self as RangeIter;
  return tuple([builtinIter(), tuple([new PyRange(it.first, it.stop, it.step)]), (it.cur - it.first) / it.step]);
});
function bigRangeSetstate(self: BigRangeIter, v: PyValue): null {
  const n = BigInt(asInt(v) ?? position(v));
  const total = rangeCount(self.first, self.stop, self.step);
  const k = n < 0n ? 0n : n > total ? total : n;
  self.cur = self.first + k * self.step;
  return null;
}
method(BigRangeIter.prototype.$cls, "__setstate__", 1, 1, (self, v) => bigRangeSetstate(self as BigRangeIter, v));
method(RangeIter.prototype.$cls, "__setstate__", 1, 1, (self, v) => {
  if (self instanceof BigRangeIter) return bigRangeSetstate(self, v);
  const it = self as RangeIter;
  const total = Number(rangeCount(BigInt(it.first), BigInt(it.stop), BigInt(it.step)));
  it.cur = it.first + clamp(position(v), 0, total) * it.step;
  return null;
});
method(BigRangeIter.prototype.$cls, "__reduce__", 0, 0, (self) => {
  const it = self as BigRangeIter;
  const r = new PyRange(norm(it.first), norm(it.stop), norm(it.step));
  return tuple([builtinIter(), tuple([r]), norm((it.cur - it.first) / it.step)]);
});
function rangeCount(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
  return start > stop ? (start - stop - step - 1n) / -step : 0n;
}
function norm(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

// ---- dict and set iterators: (iter, ([the items not yet produced],)) ----
for (const name of ["dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "set_iterator"]) {
  method(iterType(name), "__reduce__", 0, 0, (self) => {
    const it = self as HashIter;
    const rest: PyValue[] = [];
    if (it.size === it.t.m.size) {
      let k = 0;
      for (const [n, v] of it.t.m) {
        if (k++ < it.seen) continue;
        const key = it.t.keyOf(n);
        rest.push(it.kind === 0 ? key : it.kind === 1 ? v : tuple([key, v]));
      }
    }
    return tuple([builtinIter(), tuple([new PyList(rest)])]);
  });
}

// ---- the __getitem__ and callable iterators ----
method(SeqIter.prototype.$cls, "__reduce__", 0, 0, (self) => {
  const it = self as SeqIter;
  if (it.done) return tuple([builtinIter(), tuple([EMPTY_TUPLE])]);
  return tuple([builtinIter(), tuple([it.seq]), it.i]);
});
method(SeqIter.prototype.$cls, "__setstate__", 1, 1, (self, v) => {
  const it = self as SeqIter;
  if (!it.done) it.i = Math.max(0, position(v));
  return null;
});
method(CallIter.prototype.$cls, "__reduce__", 0, 0, (self) => {
  const it = self as CallIter;
  if (it.done) return tuple([builtinIter(), tuple([EMPTY_TUPLE])]);
  return tuple([builtinIter(), tuple([it.fn, it.sentinel])]);
});

// ---- enumerate, zip, map, filter, reversed: (their class, (arguments...)) ----
method(T.enumerate, "__reduce__", 0, 0, (self) => {
  const e = self as Enumerate;
  return tuple([e.$cls, tuple([e.it, e.i])]);
});
method(T.zip, "__reduce__", 0, 0, (self) => {
  const z = self as Zip;
  const args = tuple(z.its);
  return z.strict ? tuple([z.$cls, args, true]) : tuple([z.$cls, args]);
});
method(T.zip, "__setstate__", 1, 1, (self, v) => {
  (self as Zip).strict = truthy(v);
  return null;
});
method(T.map, "__reduce__", 0, 0, (self) => {
  const m = self as MapIter;
  return tuple([m.$cls, tuple([m.f, ...m.its])]);
});
method(T.filter, "__reduce__", 0, 0, (self) => {
  const f = self as FilterIter;
  return tuple([f.$cls, tuple([f.f, f.it])]);
});
method(T.reversed, "__reduce__", 0, 0, (self) => {
  const r = self as Reversed;
  return tuple([r.$cls, tuple([r.seq]), r.i]);
});
method(T.reversed, "__setstate__", 1, 1, (self, v) => {
  const r = self as Reversed;
  // an exhausted reversed has let go of its sequence in CPython: nothing to move
  if (r.i >= 0) r.i = clamp(position(v), -1, Number(len(r.seq)) - 1);
  return null;
});
