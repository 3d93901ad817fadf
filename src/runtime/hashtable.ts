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

/** Keys whose Map key is their normalised value and that a user object may equal. */
const isPrimKey = (k: PyValue): boolean =>
  typeof k !== "object" || k === null || k instanceof PyFloat || ((k instanceof PyIntSub || k instanceof PyStrSub) && normKey(k) !== undefined);
/** Bucket-path keys that can never equal a primitive (exact tuple, frozenset). */
const neverPrim = (k: PyValue): boolean => k instanceof PyObject && (k.$cls === T.tuple || k.$cls === T.frozenset);

export class HashTable {
  /** normalised key -> value (for sets: the key itself). Instance dicts bring their
   * own Map subclass (attr-slots.ts SlotMap), module dicts become one (global-cache.ts
   * NsMap): both keep caches current through set/delete/clear, and generated code
   * holds a module's Map, so a table's `m` is never replaced by another Map. */
  m: Map<NormKey, PyValue>;
  /** original key for entries whose Map key differs from it (True, 1.0) */
  orig: Map<NormKey, PyValue> | null = null;
  /** hash -> stored key objects, for keys on the bucket path */
  buckets: Map<number, PyObject[]> | null = null;
  /** hash -> Map keys of the primitive keys held; built only once a user object that
   * may equal a primitive (Fraction(1, 2) == 0.5, same hash) met this table, so that
   * such an object finds the equal primitive key (dictobject.c compares every key of
   * the same hash) */
  prim: Map<number, NormKey[]> | null = null;
  /** a user object that may equal a primitive is stored: a primitive missing from the
   * Map must still be looked for among the bucket keys */
  mixed = false;
  /** the hash of each bucket-path key, kept like the hash CPython stores in every
   * entry: copying or comparing tables never calls a key's __hash__ again */
  objHash: Map<PyObject, number> | null = null;
  constructor(m?: Map<NormKey, PyValue>) {
    this.m = m ?? new Map();
  }

  get size(): number {
    return this.m.size;
  }
  /** The Map key under which `k` is (or would be) stored; `insert` says it will be added. */
  private find(k: PyValue, insert: boolean, known?: number): NormKey {
    const n = known === undefined ? normKey(k) : undefined;
    if (n !== undefined) {
      if (this.mixed && !this.m.has(n) && isPrimKey(k)) {
        const o = this.objectEqualTo(k);
        if (o !== undefined) return o;
      }
      return n;
    }
    const h = known ?? pyHash(k);
    this.buckets ??= new Map();
    let b = this.buckets.get(h);
    if (b !== undefined) {
      for (const cand of b) if (cand === k || pyEqBool(cand, k)) return cand;
    }
    const maybePrim = !neverPrim(k);
    if (maybePrim) {
      const cands = this.primIndex().get(h);
      if (cands !== undefined) for (const c of cands.slice()) if (this.m.has(c) && pyEqBool(this.keyOf(c), k)) return c;
    }
    if (insert) {
      if (maybePrim) this.mixed = true;
      if (b === undefined) this.buckets.set(h, (b = []));
      b.push(k as PyObject);
      (this.objHash ??= new Map()).set(k as PyObject, h);
    }
    return k;
  }
  /** The Map key in this table for the entry `n` of `src`, using the hash `src` keeps. */
  private findFrom(src: HashTable, n: NormKey, insert: boolean): NormKey {
    const k = src.keyOf(n);
    const h = n instanceof PyObject ? src.objHash?.get(n) : undefined;
    return h === undefined ? (typeof k === "string" && !this.mixed ? k : this.find(k, insert)) : this.find(k, insert, h);
  }
  /** get/has/set for a key taken from another table (no new __hash__ call) */
  getFrom(src: HashTable, n: NormKey): PyValue | undefined {
    return this.m.get(this.findFrom(src, n, false));
  }
  hasFrom(src: HashTable, n: NormKey): boolean {
    return this.m.has(this.findFrom(src, n, false));
  }
  setFrom(src: HashTable, n: NormKey, v: PyValue): void {
    this.setAt(this.findFrom(src, n, true), src.keyOf(n), v);
  }
  deleteFrom(src: HashTable, n: NormKey): boolean {
    const k = src.keyOf(n);
    const h = n instanceof PyObject ? src.objHash?.get(n) : undefined;
    return h === undefined ? this.delete(k) : this.deleteAt(this.find(k, false, h));
  }
  /** Fill this (empty) table with the keys of `src` (set(d), frozenset(s),
   * dict.fromkeys(s), d.copy()): the same Map keys, buckets and hashes. */
  copyFrom(src: HashTable, value: (k: PyValue, v: PyValue) => PyValue): void {
    for (const [n, v] of src.m) this.m.set(n, value(src.keyOf(n), v));
    if (src.orig !== null) this.orig = new Map(src.orig);
    if (src.buckets !== null) {
      this.buckets = new Map();
      for (const [h, b] of src.buckets) this.buckets.set(h, b.slice());
    }
    if (src.objHash !== null) this.objHash = new Map(src.objHash);
    if (src.prim !== null) {
      this.prim = new Map();
      for (const [h, l] of src.prim) this.prim.set(h, l.slice());
    }
    this.mixed = src.mixed;
  }
  /** A stored bucket key equal to the primitive `k`, if any. */
  private objectEqualTo(k: PyValue): PyObject | undefined {
    const b = this.buckets?.get(pyHash(k));
    if (b !== undefined) for (const cand of b.slice()) if (!neverPrim(cand) && pyEqBool(cand, k)) return cand;
    return undefined;
  }
  private primIndex(): Map<number, NormKey[]> {
    if (this.prim === null) {
      this.prim = new Map();
      for (const n of this.m.keys()) {
        const k = this.keyOf(n);
        if (isPrimKey(k)) this.addPrim(n, k);
      }
    }
    return this.prim;
  }
  private addPrim(n: NormKey, k: PyValue): void {
    const h = pyHash(k);
    const l = this.prim!.get(h);
    if (l === undefined) this.prim!.set(h, [n]);
    else l.push(n);
  }
  private dropPrim(n: NormKey, k: PyValue): void {
    const h = pyHash(k);
    const l = this.prim!.get(h);
    if (l === undefined) return;
    const i = l.indexOf(n);
    if (i >= 0) l.splice(i, 1);
    if (l.length === 0) this.prim!.delete(h);
  }
  get(k: PyValue): PyValue | undefined {
    // a str or small int is its own Map key unless a user object that may equal one is stored
    const n = (typeof k === "string" || typeof k === "number") && !this.mixed ? k : this.find(k, false);
    return this.m.get(n);
  }
  has(k: PyValue): boolean {
    return this.m.has((typeof k === "string" || typeof k === "number") && !this.mixed ? k : this.find(k, false));
  }
  set(k: PyValue, v: PyValue): void {
    // (mixed implies a prim index, so prim === null also means not mixed)
    if ((typeof k === "string" || typeof k === "number") && this.prim === null) {
      this.m.set(k, v);
      return;
    }
    this.setAt(this.find(k, true), k, v);
  }
  private setAt(n: NormKey, k: PyValue, v: PyValue): void {
    if (!this.m.has(n)) {
      if (n !== k) (this.orig ??= new Map()).set(n, k);
      if (this.prim !== null && isPrimKey(k)) this.addPrim(n, k);
    }
    this.m.set(n, v);
  }
  /** dict.setdefault: one lookup (one __hash__, at most one __eq__ per candidate). */
  setDefault(k: PyValue, v: PyValue): PyValue {
    if ((typeof k === "string" || typeof k === "number") && this.prim === null) {
      const have = this.m.get(k);
      if (have !== undefined) return have;
      this.m.set(k, v);
      return v;
    }
    const n = this.find(k, true);
    const have = this.m.get(n);
    if (have !== undefined) return have;
    this.setAt(n, k, v);
    return v;
  }
  delete(k: PyValue): boolean {
    return this.deleteAt(typeof k === "string" && this.prim === null ? k : this.find(k, false));
  }
  private deleteAt(n: NormKey): boolean {
    if (!this.m.has(n)) return false;
    const stored = this.keyOf(n);
    this.m.delete(n);
    this.orig?.delete(n);
    if (this.prim !== null && isPrimKey(stored)) this.dropPrim(n, stored);
    if (this.buckets !== null && n instanceof PyObject && this.objHash?.has(n)) {
      const h = this.objHash.get(n)!;
      this.objHash.delete(n);
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
    this.prim = null;
    this.mixed = false;
    this.objHash = null;
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
