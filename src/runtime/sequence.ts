// Index and slice arithmetic shared by list, tuple, str, bytes and range
// (Objects/sliceobject.c PySlice_GetIndicesEx).
import type { PyValue } from "./object.js";
import { raise } from "./raise.js";
import { PySlice } from "./containers.js";
import { callSpecial, indexValue, typeName } from "./ops.js";

const SSIZE_MAX = 0x7fffffffffffffffn;

/** An index as a Py_ssize_t (PyNumber_AsSsize_t with IndexError): a value beyond
 * 2**63 raises "cannot fit '<type of i>' ..."; one that fits but exceeds 2**53 comes
 * back as an inexact JS number, out of range of any sequence pycell can hold. */
export function ssizeIndex(i: PyValue, exc: "IndexError" | "OverflowError" = "IndexError"): number {
  if (typeof i === "number") return i;
  if (typeof i === "boolean") return i ? 1 : 0;
  const r = typeof i === "bigint" ? i : indexRaw(i);
  if (typeof r !== "bigint") return r;
  // `exc`: OverflowError where CPython converts with PyNumber_AsSsize_t(i, OverflowError)
  // (deque item assignment and deletion)
  if (r > SSIZE_MAX || r < -SSIZE_MAX - 1n) raise(exc, `cannot fit '${typeName(i)}' into an index-sized integer`);
  return Number(r);
}

/** A Py_ssize_t argument such as list.pop's (PyLong_AsSsize_t): OverflowError beyond
 * 2**63. */
export function ssizeArg(i: PyValue): number {
  if (typeof i === "number") return i;
  const r = typeof i === "bigint" ? i : indexRaw(i);
  if (typeof r === "bigint" && (r > SSIZE_MAX || r < -SSIZE_MAX - 1n)) raise("OverflowError", "Python int too large to convert to C ssize_t");
  return Number(r);
}

/** operator.index(i) without narrowing a big result. */
function indexRaw(i: PyValue): number | bigint {
  if (i !== null && typeof i === "object") {
    const f = i.$cls.lookup("__index__");
    if (f != null) {
      const r = callSpecial(i, "__index__", []);
      if (typeof r === "bigint" || typeof r === "number") return r;
      if (typeof r === "boolean") return r ? 1 : 0;
      // an int subclass instance (deprecated by CPython, still accepted)
      if (r !== undefined && r !== null && typeof r === "object" && r.$cls.lookup("__index__") != null) return indexValue(r, true);
      raise("TypeError", `__index__ returned non-int (type ${typeName(r ?? null)})`);
    }
  }
  return indexValue(i, true);
}

/** A Python index into a sequence of `len` items, or IndexError. */
export function seqIndex(i: PyValue, len: number, what: string): number {
  let n = typeof i === "number" ? i : ssizeIndex(i);
  if (n < 0) n += len;
  if (n < 0 || n >= len) raise("IndexError", `${what} index out of range`);
  return n;
}

export function checkIndexType(i: PyValue, what: string): void {
  if (typeof i === "number" || typeof i === "boolean" || typeof i === "bigint" || i instanceof PySlice) return;
  if (i !== null && typeof i === "object" && i.$cls.lookup("__index__") != null) return;
  raise("TypeError", `${what} indices must be integers or slices, not ${typeName(i)}`);
}

function sliceInt(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return v < 0n ? -Infinity : Infinity;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v !== null && typeof v === "object" && v.$cls.lookup("__index__") != null) return indexValue(v, true);
  return raise("TypeError", "slice indices must be integers or None or have an __index__ method");
}

/** slice.indices(len): [start, stop, step, count]. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  const step = s.step === null ? 1 : sliceInt(s.step);
  if (step === 0) raise("ValueError", "slice step cannot be zero");
  let start: number, stop: number;
  if (step > 0) {
    start = s.start === null ? 0 : sliceInt(s.start);
    stop = s.stop === null ? len : sliceInt(s.stop);
    if (start < 0) start = Math.max(0, start + len);
    else start = Math.min(start, len);
    if (stop < 0) stop = Math.max(0, stop + len);
    else stop = Math.min(stop, len);
  } else {
    start = s.start === null ? len - 1 : sliceInt(s.start);
    stop = s.stop === null ? -1 : sliceInt(s.stop);
    if (start < 0) start = Math.max(-1, start + len);
    else start = Math.min(start, len - 1);
    if (s.stop === null) stop = -1;
    else if (stop < 0) stop = Math.max(-1, stop + len);
    else stop = Math.min(stop, len - 1);
  }
  let count = 0;
  if (step > 0 ? start < stop : start > stop) count = Math.floor((stop - start + (step > 0 ? -1 : 1)) / step) + 1;
  return [start, stop, step, count];
}

export function sliceArray<T>(a: T[], s: PySlice): T[] {
  const [start, , step, count] = sliceIndices(s, a.length);
  if (step === 1) return a.slice(start, start + count);
  const out: T[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = a[j];
  return out;
}
