// `_random`: the Mersenne Twister core behind `random` (the Python layer lives in
// src/stdlib/lib/random.py, as CPython splits _randommodule.c and Lib/random.py).
// `_random.Random` is a built-in type that Python classes extend.
import { PyObject, PyFloat, type PyValue } from "../runtime/object.js";
import { PyType } from "../runtime/type.js";
import { T } from "../runtime/types.js";
import { registerModule } from "../runtime/modules.js";
import { builtin, method } from "../runtime/descriptors.js";
import { raise } from "../runtime/raise.js";
import { PyBytes, PyTuple, tuple } from "../runtime/containers.js";
import { pyHash, typeName } from "../runtime/ops.js";
import { floatHash } from "../runtime/hash.js";
import { normInt, toBig } from "../runtime/int-ops.js";
import { MT19937 } from "./random/mt19937.js";
import { sha512 } from "./random/sha512.js";

const N = 624;

export class PyRandomState extends PyObject {
  readonly gen = new MT19937();
}
export const randomType = new PyType("Random", [T.object]);
randomType.computeMro();
randomType.attrs.set("__module__", "_random");
PyRandomState.prototype.$cls = randomType;
randomType.alloc = (cls) => {
  const r = new PyRandomState();
  if (cls !== randomType) r.$cls = cls;
  return r;
};

/** os.urandom's stand-in: the host's cryptographic generator (Node and browsers). */
export function entropyBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  const c = (globalThis as { crypto?: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto;
  if (c === undefined) raise("NotImplementedError", "no entropy source on this host");
  for (let off = 0; off < n; off += 65536) c.getRandomValues(out.subarray(off, Math.min(n, off + 65536)));
  return out;
}

/** The generator of a `_random.Random` instance (as the method's self). */
function generator(self: PyValue): MT19937 {
  if (!(self instanceof PyRandomState)) raise("TypeError", `descriptor requires a '_random.Random' object but received a '${typeName(self)}'`);
  return self.gen;
}

function state(self: PyValue): MT19937 {
  const g = generator(self);
  // an instance whose __init__ never ran is seeded on first use, like random_new does
  if (g.idx > N) seedFromEntropy(g);
  return g;
}

function seedFromEntropy(g: MT19937): void {
  const b = entropyBytes(N * 4);
  g.seedWords(new Uint32Array(b.buffer, 0, N));
}

/** random_seed: None draws entropy, an int seeds with |n|, anything else with |hash|. */
function seedWith(g: MT19937, arg: PyValue | undefined): void {
  if (arg === undefined || arg === null) return seedFromEntropy(g);
  let n: bigint;
  if (typeof arg === "number" || typeof arg === "bigint") n = toBig(arg);
  else if (typeof arg === "boolean") n = arg ? 1n : 0n;
  else if (arg instanceof PyFloat) n = toBig(floatHash(arg.v));
  else if (arg instanceof PyObject && arg.$cls.isSubtypeOf(T.int)) {
    // CPython seeds with int.__abs__ of the value; pycell's int subclasses hold no value yet
    return raise("NotImplementedError", "random.seed() of an instance of an int subclass");
  } else n = BigInt(pyHash(arg));
  g.seedBig(n < 0n ? -n : n);
}

function bitCount(k: PyValue): number {
  if (typeof k === "boolean") return k ? 1 : 0;
  if (typeof k === "bigint") {
    if (k < 0n) raise("ValueError", "number of bits must be non-negative");
    raise("OverflowError", "Python int too large to convert to C int");
  }
  if (typeof k !== "number") raise("TypeError", `'${typeName(k)}' object cannot be interpreted as an integer`);
  if (k < 0) raise("ValueError", "number of bits must be non-negative");
  if (k > 2 ** 31 - 1) raise("OverflowError", "Python int too large to convert to C int");
  // V8 caps a BigInt at 2**30 bits: fail up front like the int operations do
  if (k > 2 ** 30) raise("MemoryError", "");
  return k;
}

method(randomType, "__init__", 0, Infinity, (self, arg) => {
  seedWith(generator(self), arg);
  return null;
});
method(randomType, "random", 0, 0, (self) => new PyFloat(state(self).random()));
method(randomType, "seed", 0, 1, (self, arg) => {
  seedWith(generator(self), arg);
  return null;
});
method(randomType, "getrandbits", 1, 1, (self, k) => {
  const bits = state(self).bits(bitCount(k));
  return typeof bits === "bigint" ? normInt(bits) : bits;
});
method(randomType, "getstate", 0, 0, (self) => {
  const g = state(self);
  const items: PyValue[] = Array.from(g.mt);
  items.push(g.idx);
  return tuple(items);
});
method(randomType, "setstate", 1, 1, (self, st) => {
  if (!(st instanceof PyTuple)) raise("TypeError", "state vector must be a tuple");
  if (st.a.length !== N + 1) raise("ValueError", "state vector is the wrong size");
  const words = new Uint32Array(N);
  for (let i = 0; i < N; i++) words[i] = Number(BigInt.asUintN(32, unsignedLong(st.a[i])));
  const idx = unsignedLong(st.a[N], true);
  if (idx < 0n || idx > BigInt(N)) raise("ValueError", "invalid state");
  const g = generator(self);
  g.mt.set(words);
  g.idx = Number(idx);
  return null;
});

/** PyLong_AsUnsignedLong's checks (or a signed C int for the index). */
function unsignedLong(v: PyValue, signed = false): bigint {
  let n: bigint;
  if (typeof v === "number" || typeof v === "bigint") n = BigInt(v);
  else if (typeof v === "boolean") n = v ? 1n : 0n;
  else return raise("TypeError", "an integer is required");
  if (signed) {
    if (n < -(2n ** 31n) || n >= 2n ** 31n) raise("OverflowError", "Python int too large to convert to C int");
    return n;
  }
  if (n < 0n) raise("OverflowError", "can't convert negative value to unsigned int");
  if (n >= 2n ** 64n) raise("OverflowError", "Python int too large to convert to C unsigned long");
  return n;
}

registerModule("_random", (m) => {
  const d = m.$dict!;
  d.setStr("Random", randomType);
  // Helpers for random.py (pycell's own, not CPython names)
  d.setStr("_entropy", builtin("_entropy", 1, 1, (n) => {
    // os.urandom's argument rules
    if (typeof n !== "number" && typeof n !== "bigint" && typeof n !== "boolean") raise("TypeError", `'${typeName(n)}' object cannot be interpreted as an integer`);
    const k = Number(n);
    if (k < 0) raise("ValueError", "negative argument not allowed");
    if (k > 2 ** 31) raise("OverflowError", "Python int too large to convert to C ssize_t");
    return new PyBytes(entropyBytes(k));
  }));
  d.setStr("_sha512", builtin("_sha512", 1, 1, (b) => new PyBytes(sha512((b as PyBytes).b))));
});
