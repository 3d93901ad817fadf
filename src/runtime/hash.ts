// Python's hash() for the built-in value types (Python/pyhash.c, Objects/*object.c).
// Numbers hash by value modulo the Mersenne prime 2**61 - 1, so equal numbers of
// different types (1, 1.0, True, 1+0j) hash alike. Hashes are 64-bit signed values,
// returned as PyInt (a number in the safe range, else a bigint).
//
// NaN: CPython 3.10+ hashes a NaN by object identity. A leaf function cannot see
// identity, so floatHash(NaN) returns 0 (the pre-3.10 value); the object model
// should hash NaN float objects by identity if that difference ever matters.
//
// str/bytes: CPython randomizes them (SipHash with PYTHONHASHSEED), so any fixed
// good hash is faithful. We use a 64-bit FNV-1a variant over code points, folded to
// a signed 53-bit number; like CPython, hash('') == 0 and a str whose code points are
// all < 256 hashes like the bytes with those values (hash('abc') == hash(b'abc')).
import { type PyInt, normInt, toBig } from "./int-ops.js";
import { frexp } from "./float-bits.js";

const MODULUS = (1n << 61n) - 1n; // _PyHASH_MODULUS
const MODULUS_NUM = 2 ** 61 - 1;
const INF_HASH = 314159; // _PyHASH_INF
const IMAG = 1000003n; // _PyHASH_IMAG
const U64 = (1n << 64n) - 1n;

function fixMinusOne(h: PyInt): PyInt {
  return h === -1 ? -2 : h;
}

/** hash(int) (longobject.c long_hash). */
export function intHash(n: PyInt): PyInt {
  if (typeof n === "number") {
    // |n| < 2**53 < 2**61 - 1: the value is its own residue.
    return n === -1 ? -2 : n;
  }
  const neg = n < 0n;
  let r = (neg ? -n : n) % MODULUS;
  if (neg) r = -r;
  return fixMinusOne(normInt(r));
}

/** hash(float) (pyhash.c _Py_HashDouble). */
export function floatHash(x: number): PyInt {
  if (x !== x) return 0;
  if (x === Infinity) return INF_HASH;
  if (x === -Infinity) return -INF_HASH;
  if (Number.isInteger(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER) return x === -1 ? -2 : x === 0 ? 0 : x;
  // x = m * 2**e exactly; 2**61 = 1 (mod P), so the exponent reduces modulo 61.
  let [m, e] = frexp(x);
  const neg = m < 0;
  if (neg) m = -m;
  const mant = BigInt(m * 2 ** 53); // exact: 53 significant bits
  e -= 53;
  const er = ((e % 61) + 61) % 61;
  let h = ((mant % MODULUS) << BigInt(er)) % MODULUS;
  if (neg) h = -h;
  return fixMinusOne(normInt(h));
}

/** hash(complex) (complexobject.c complex_hash): wraps modulo 2**64. */
export function complexHash(re: number, im: number): PyInt {
  const hr = toBig(floatHash(re));
  const hi = toBig(floatHash(im));
  const combined = BigInt.asIntN(64, hr + IMAG * hi);
  return fixMinusOne(normInt(combined));
}


// tuplehash works on unsigned 64-bit words. BigInt arithmetic allocates on every
// step, and tuples are common dict keys, so the words are kept as two uint32 halves.
let H = 0;
let L = 0;

/** (ah:al) * (bh:bl) mod 2**64 -> H:L */
function mul64(ah: number, al: number, bh: number, bl: number): void {
  // al * bl in full from 16-bit pieces, then the cross terms' low halves.
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const m1 = a1 * b0;
  const m2 = a0 * b1;
  const t = a0 * b0 + (m1 & 0xffff) * 65536 + (m2 & 0xffff) * 65536;
  const carry = Math.floor(t / 4294967296);
  L = t >>> 0;
  H = (a1 * b1 + (m1 >>> 16) + (m2 >>> 16) + carry + Math.imul(ah, bl) + Math.imul(al, bh)) >>> 0;
}

function add64(ah: number, al: number, bh: number, bl: number): void {
  const lo = al + bl;
  L = lo >>> 0;
  H = (ah + bh + (lo > 0xffffffff ? 1 : 0)) >>> 0;
}

/** The two uint32 halves of a 64-bit hash value, as C sees it (two's complement). */
function splitHash(h: PyInt): void {
  if (typeof h === "number") {
    L = h >>> 0;
    H = Math.floor(h / 4294967296) >>> 0;
  } else {
    L = Number(BigInt.asUintN(32, h));
    H = Number(BigInt.asUintN(32, h >> 32n));
  }
}

const P1_H = 0x9e3779b1; // _PyHASH_XXPRIME_1 = 11400714785074694791
const P1_L = 0x85ebca87;
const P2_H = 0xc2b2ae3d; // _PyHASH_XXPRIME_2 = 14029467366897019727
const P2_L = 0x27d4eb4f;
const P5_H = 0x27d4eb2f; // _PyHASH_XXPRIME_5 = 2870177450012600261
const P5_L = 0x165667c5;

/** hash(tuple) from the items' hashes (tupleobject.c tuplehash, xxHash-based). */
export function tupleHash(itemHashes: readonly PyInt[]): PyInt {
  let accH = P5_H;
  let accL = P5_L;
  for (const h of itemHashes) {
    splitHash(h);
    mul64(H, L, P2_H, P2_L); // lane * PRIME_2
    add64(accH, accL, H, L);
    // rotate left by 31
    const rh = ((H << 31) | (L >>> 1)) >>> 0;
    const rl = ((L << 31) | (H >>> 1)) >>> 0;
    mul64(rh, rl, P1_H, P1_L);
    accH = H;
    accL = L;
  }
  // acc += len ^ (PRIME_5 ^ 3527539)
  const n = itemHashes.length;
  const xl = (n ^ P5_L ^ 3527539) >>> 0;
  const xh = (Math.floor(n / 4294967296) ^ P5_H) >>> 0;
  add64(accH, accL, xh, xl);
  if (H === 0xffffffff && L === 0xffffffff) return 1546275796;
  // As a signed 64-bit value; a number when it is a safe integer.
  const hs = H | 0;
  if (hs >= -0x200000 && hs < 0x200000) {
    const v = hs * 4294967296 + L;
    if (Number.isSafeInteger(v)) return v;
  }
  return (BigInt(hs) << 32n) | BigInt(L);
}

function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & U64;
}

/** hash(frozenset) from the elements' hashes (setobject.c frozenset_hash). */
export function frozensetHash(itemHashes: readonly PyInt[]): PyInt {
  let hash = 0n;
  for (const h of itemHashes) hash ^= shuffleBits(BigInt.asUintN(64, toBig(h)));
  hash ^= ((BigInt(itemHashes.length) + 1n) * 1927868237n) & U64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & U64;
  if (hash === U64) return 590923713;
  return normInt(BigInt.asIntN(64, hash));
}

// ---- str and bytes ---------------------------------------------------------------

// Two 32-bit FNV-1a lanes with different offsets, mixed at the end.
function finish(a: number, b: number, len: number): PyInt {
  if (len === 0) return 0;
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  a = Math.imul(a ^ (a >>> 13), 0xc2b2ae35) ^ (a >>> 16);
  b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  b = Math.imul(b ^ (b >>> 12), 0x297a2d39) ^ (b >>> 15);
  // 21 bits of b and 32 of a: a signed 53-bit value.
  const h = ((b >>> 0) & 0x1fffff) * 4294967296 + (a >>> 0) - 2 ** 52;
  return h === -1 ? -2 : h;
}

/** hash(str): deterministic stand-in for CPython's randomized SipHash. */
export function strHash(s: string): PyInt {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) + 0x6b43a9b5;
    n++;
  }
  return finish(a, b, n);
}

/** hash(bytes): equal to strHash of the latin-1 text with the same values. */
export function bytesHash(bytes: Uint8Array): PyInt {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) + 0x6b43a9b5;
  }
  return finish(a, b, bytes.length);
}

export { MODULUS_NUM as HASH_MODULUS };
