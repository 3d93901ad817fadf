// Slice indices for lengths of any size (slice.indices(), range slicing): the rules of
// the "slice.indices" documentation, worked in BigInt so that a range longer than
// 2**53 (or 2**63) slices exactly. Lists and strs use sequence.ts's number version.
import type { PyValue } from "./object.js";
import { raise } from "./raise.js";
import { PySlice } from "./containers.js";
import { asInt, callSpecial, typeName } from "./ops.js";

/** An index-like slice field as a BigInt (its __index__), with slice's own message. */
function sliceField(v: PyValue): bigint {
  const i = asInt(v);
  if (i !== undefined) return BigInt(i);
  const r = callSpecial(v, "__index__", []);
  if (r === undefined) raise("TypeError", "slice indices must be integers or None or have an __index__ method");
  const ri = asInt(r);
  if (ri === undefined || typeof r === "boolean") raise("TypeError", `__index__ returned non-int (type ${typeName(r)})`);
  return BigInt(ri);
}

/** (start, stop, step) of `s` over a sequence of `length` items, clamped as
 * slice.indices() documents: None means the end in the step's direction, negative
 * indices count from the end. */
export function sliceIndicesBig(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const step = s.step === null ? 1n : sliceField(s.step);
  if (step === 0n) raise("ValueError", "slice step cannot be zero");
  const back = step < 0n;
  const lower = back ? -1n : 0n;
  const upper = back ? length - 1n : length;
  const clamp = (v: PyValue, dflt: bigint): bigint => {
    if (v === null) return dflt;
    let i = sliceField(v);
    if (i < 0n) {
      i += length;
      if (i < lower) i = lower;
    } else if (i > upper) i = upper;
    return i;
  };
  const start = clamp(s.start, back ? upper : lower);
  const stop = clamp(s.stop, back ? lower : upper);
  return [start, stop, step];
}

/** slice.indices(length): the length must be an index and not negative. */
export function sliceIndicesMethod(s: PySlice, n: PyValue): [bigint, bigint, bigint] {
  const length = sliceLength(n);
  if (length < 0n) raise("ValueError", "length should not be negative");
  return sliceIndicesBig(s, length);
}

function sliceLength(n: PyValue): bigint {
  const i = asInt(n);
  if (i !== undefined) return BigInt(i);
  const r = callSpecial(n, "__index__", []);
  if (r === undefined) raise("TypeError", `'${typeName(n)}' object cannot be interpreted as an integer`);
  const ri = asInt(r);
  if (ri === undefined || typeof r === "boolean") raise("TypeError", `__index__ returned non-int (type ${typeName(r)})`);
  return BigInt(ri);
}
