// The storage shared by dict, set and frozenset: one insertion-ordered JS Map.
// Keys are normalised so that JS Map identity matches Python equality for the common
// cases: str is itself, ints are numbers (bigint outside the safe range), True/1/1.0
// become the same number, None a symbol. Objects with identity equality are their own
// key. Objects with a user-visible __hash__/__eq__ (tuples, user classes) go through a
// hash-bucket index and are stored under the first equal key object seen.
import { PyFloat, PyObject, PyIntSub, PyStrSub, type PyValue } from "./object.js";
import { T } from "./types.js";
import { pyHash, pyEqBool, hasIdentityHash } from "./ops.js";

export const NONE_KEY = Symbol("None");
export type NormKey = unknown;

/** The Map key for `k`, or undefined when `k` needs the hash-bucket path. */
export function normKey(k: PyValue): NormKey | undefined {
  switch (typeof k) {
    case "string":
    case "number":
    case "bigint":
      return k;
    case "boolean":
      return k ? 1 : 0;
  }
  if (k === null) return NONE_KEY;
  if (k instanceof PyFloat) {
    const v = k.v;
    if (Number.isInteger(v)) return Number.isSafeInteger(v) ? (v === 0 ? 0 : v) : BigInt(v);
    if (v !== v) return k; // nan: equal only to itself
    return v;
  }
  // an int/str subclass instance that keeps the base type's __hash__ and __eq__ (IntEnum,
  // StrEnum) is the same key as its plain value
  if (k instanceof PyIntSub || k instanceof PyStrSub) {
    const base = k instanceof PyIntSub ? T.int : T.str;
    if (k.$cls.lookup("__hash__") === base.attrs.get("__hash__") && k.$cls.lookup("__eq__") === base.attrs.get("__eq__")) return k instanceof PyIntSub ? k.iv : k.sv;
    return undefined;
  }
  if (hasIdentityHash(k)) return k;
  return undefined;
}

export class HashTable {
  /** normalised key -> value (for sets: the key itself) */
  m = new Map<NormKey, PyValue>();
  /** original key for entries whose Map key differs from it (True, 1.0) */
  orig: Map<NormKey, PyValue> | null = null;
  /** hash -> stored key objects, for keys on the bucket path */
  buckets: Map<number, PyObject[]> | null = null;

  get size(): number {
    return this.m.size;
  }
  /** The Map key under which `k` is (or would be) stored; `insert` says it will be added. */
  private find(k: PyValue, insert: boolean): NormKey {
    const n = normKey(k);
    if (n !== undefined) return n;
    const h = pyHash(k);
    this.buckets ??= new Map();
    let b = this.buckets.get(h);
    if (b !== undefined) {
      for (const cand of b) if (cand === k || pyEqBool(cand, k)) return cand;
    }
    if (insert) {
      if (b === undefined) this.buckets.set(h, (b = []));
      b.push(k as PyObject);
    }
    return k;
  }
  get(k: PyValue): PyValue | undefined {
    const n = typeof k === "string" ? k : this.find(k, false);
    return this.m.get(n);
  }
  has(k: PyValue): boolean {
    return this.m.has(typeof k === "string" ? k : this.find(k, false));
  }
  set(k: PyValue, v: PyValue): void {
    if (typeof k === "string") {
      this.m.set(k, v);
      return;
    }
    const n = this.find(k, true);
    if (n !== k && !this.m.has(n)) (this.orig ??= new Map()).set(n, k);
    this.m.set(n, v);
  }
  delete(k: PyValue): boolean {
    const n = typeof k === "string" ? k : this.find(k, false);
    if (!this.m.delete(n)) return false;
    this.orig?.delete(n);
    if (this.buckets !== null && n instanceof PyObject && normKey(n) === undefined) {
      const h = pyHash(n);
      const b = this.buckets.get(h);
      if (b) {
        const i = b.indexOf(n);
        if (i >= 0) b.splice(i, 1);
        if (b.length === 0) this.buckets.delete(h);
      }
    }
    return true;
  }
  clear(): void {
    this.m.clear();
    this.orig = null;
    this.buckets = null;
  }
  /** the original key for a Map key */
  keyOf(n: NormKey): PyValue {
    if (this.orig !== null) {
      const o = this.orig.get(n);
      if (o !== undefined) return o;
    }
    return n === NONE_KEY ? null : (n as PyValue);
  }
  keys(): PyValue[] {
    const out: PyValue[] = [];
    for (const n of this.m.keys()) out.push(this.keyOf(n));
    return out;
  }
}
