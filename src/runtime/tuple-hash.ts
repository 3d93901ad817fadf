// hash(tuple) with CPython 3.11's exact values (tupleobject.c tuplehash, an xxHash-
// style mix of the items' hashes in unsigned 64-bit arithmetic, documented in
// bpo-34751). The 64-bit words are kept as two uint32 halves so that no BigInt is
// made on this path: tuples are common dict keys.
import type { PyValue } from "./object.js";
import { PyFloat, PyIntSub } from "./object.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { intHash, floatHash } from "./hash.js";
import { callSpecial, isInt, strHash, typeOf, typeName, pyHash } from "./ops.js";

type PyInt = number | bigint;

// the xxHash primes, high and low halves
const P1_HI = 0x9e3779b1, P1_LO = 0x85ebca87;
const P2_HI = 0xc2b2ae3d, P2_LO = 0x27d4eb4f;
const P5_HI = 0x27d4eb2f, P5_LO = 0x165667c5;
// P5 ^ 3527539, added with the length at the end
const END_HI = 0x27d4eb2f, END_LO = 0x1663b4b6;

let hi = 0, lo = 0; // the result of mul64 (module state: no allocation per call)

/** (ahi:alo * bhi:blo) mod 2**64 into hi/lo. */
function mul64(ahi: number, alo: number, bhi: number, blo: number): void {
  const a0 = alo & 0xffff, a1 = alo >>> 16, b0 = blo & 0xffff, b1 = blo >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  lo = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const carry = p11 + Math.floor(p01 / 0x10000) + Math.floor(p10 / 0x10000) + Math.floor(mid / 0x10000);
  hi = (carry + Math.imul(alo, bhi) + Math.imul(ahi, blo)) >>> 0;
}

/** hash(v) as Python shows it (builtin hash: slot_tp_hash keeps a result that fits). */
export function fullHash(v: PyValue): PyInt {
  switch (typeof v) {
    case "number":
    case "bigint":
      return intHash(v);
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return strHash(v);
  }
  if (v === null) return pyHash(v);
  if (v instanceof PyFloat && v.$cls === T.float) return floatHash(v.v);
  if (v instanceof PyIntSub && v.$cls.lookup("__hash__") === T.int.attrs.get("__hash__")) return intHash(v.iv);
  const f = typeOf(v).lookup("__hash__");
  if (f === null || f === undefined) raise("TypeError", `unhashable type: '${typeName(v)}'`);
  let r = callSpecial(v, "__hash__", [])!;
  if (r instanceof PyIntSub) r = r.iv;
  if (!isInt(r)) raise("TypeError", "__hash__ method should return an integer");
  if (typeof r === "number" || (r >= -(2n ** 63n) && r < 2n ** 63n)) return r === -1 || r === -1n ? -2 : r;
  return intHash(r);
}

let rhi = 0, rlo = 0; // the result of tupleCore

/** tuplehash over the items, into rhi/rlo (the signed 64-bit result's halves). */
function tupleCore(items: readonly PyValue[]): void {
  let ahi = P5_HI, alo = P5_LO;
  for (const x of items) {
    let lhi: number, llo: number;
    if (x !== null && typeof x === "object" && x.$cls === T.tuple) {
      // a nested exact tuple: its hash's halves directly, no PyInt in between
      tupleCore((x as unknown as { a: PyValue[] }).a);
      lhi = rhi;
      llo = rlo;
    } else {
      const h = fullHash(x);
      if (typeof h === "number") {
        llo = h >>> 0;
        lhi = Math.floor(h / 0x100000000) >>> 0;
      } else {
        const u = BigInt.asUintN(64, h);
        llo = Number(u & 0xffffffffn);
        lhi = Number(u >> 32n);
      }
    }
    // acc += lane * P2
    mul64(lhi, llo, P2_HI, P2_LO);
    const s = alo + lo;
    alo = s >>> 0;
    ahi = (ahi + hi + (s > 0xffffffff ? 1 : 0)) >>> 0;
    // acc = rotate left 31
    const nhi = ((ahi << 31) | (alo >>> 1)) >>> 0;
    const nlo = ((alo << 31) | (ahi >>> 1)) >>> 0;
    // acc *= P1
    mul64(nhi, nlo, P1_HI, P1_LO);
    ahi = hi;
    alo = lo;
  }
  // acc += len ^ (P5 ^ 3527539)
  const xlo = (items.length ^ END_LO) >>> 0;
  const xhi = (Math.floor(items.length / 0x100000000) ^ END_HI) >>> 0;
  const s = alo + xlo;
  alo = s >>> 0;
  ahi = (ahi + xhi + (s > 0xffffffff ? 1 : 0)) >>> 0;
  if (ahi === 0xffffffff && alo === 0xffffffff) {
    ahi = 0;
    alo = 1546275796;
  }
  rhi = ahi;
  rlo = alo;
}

/** hash(t) for a tuple's items. */
export function tupleHash(items: readonly PyValue[]): PyInt {
  tupleCore(items);
  const shi = rhi | 0; // signed high half
  const v = shi * 0x100000000 + rlo;
  if (Number.isSafeInteger(v)) return v;
  return (BigInt(shi) << 32n) | BigInt(rlo);
}

/** The low 32 bits of hash(t), signed: what the dict/set tables use (ops.ts pyHash's
 * smallHash of the full value), without making the full value. */
export function tupleHashLow(items: readonly PyValue[]): number {
  tupleCore(items);
  lastItems = items;
  lastHi = rhi;
  lastLo = rlo;
  return rlo | 0;
}
// the last tuple a table hashed: set.add((x, y)) then models the set's layout with the
// same hash (tupleHashHalves), without hashing again (only tuples of ints/floats reach
// that, so no __hash__ call is skipped)
let lastItems: readonly PyValue[] | null = null, lastHi = 0, lastLo = 0;

/** hash(t)'s halves as unsigned 32-bit numbers, into `out` (the set table model,
 * set-layout.ts, probes with them as size_t). */
export function tupleHashHalves(items: readonly PyValue[], out: { hi: number; lo: number }): void {
  if (items === lastItems) {
    out.hi = lastHi;
    out.lo = lastLo;
    return;
  }
  tupleCore(items);
  out.hi = rhi;
  out.lo = rlo;
}
