// The iteration order of a set, as CPython's hash table gives it.
//
// pycell stores a set in an insertion-ordered JS Map, but CPython iterates a set in the
// order of its open-addressing table (Objects/setobject.c), and for keys whose hash is
// the same in every run (ints, floats, bools, tuples of them) programs see that order:
// `print({3, 1, 2})` shows `{1, 2, 3}`. So a set whose keys all hash that way also
// keeps a model of CPython's table: which slot each key took, given the same sequence
// of insertions, deletions and resizes (the probe sequence of set_add_entry and
// set_insert_clean, the growth rule of set_table_resize). The Map itself is put into
// the table's order lazily, when the set is next iterated after a change.
// A key whose hash differs between CPython runs (str, None, objects hashed by identity)
// turns the model off for that set: CPython's order is not reproducible then anyway.
import { PyFloat, PyObject, type PyValue } from "./object.js";
import { T } from "./types.js";
import { intHash, floatHash } from "./hash.js";
import { tupleHashHalves } from "./tuple-hash.js";
import type { NormKey } from "./hashtable.js";

const DUMMY = Symbol("dummy");
type Slot = NormKey | typeof DUMMY | undefined;
/** setobject.c LINEAR_PROBES, PERTURB_SHIFT, PySet_MINSIZE */
const LINEAR = 9;
const SHIFT = 5;
const MIN_SIZE = 8;
const TWO32 = 4294967296;

/** Tuple items whose hash is the same in every CPython run (no str, None, NaN,
 * identity hashes). */
function stable(k: PyValue): boolean {
  switch (typeof k) {
    case "number":
    case "bigint":
    case "boolean":
      return true;
    case "string":
      return false;
  }
  if (k instanceof PyFloat) return k.v === k.v;
  if (k instanceof PyObject && k.$cls === T.tuple) {
    for (const x of (k as PyObject & { a: PyValue[] }).a) if (!stable(x)) return false;
    return true;
  }
  return false;
}

/** CPython's hash of the key stored under Map key `n`, as size_t in two unsigned
 * 32-bit halves (perturb is shifted as size_t); false when that hash differs between
 * runs. A Map key is an int or float value itself (hashtable.ts normKey), a tuple, or
 * something whose hash is not reproducible (a str, None's symbol, an object). */
const H = { hi: 0, lo: 0 };
function halves(n: NormKey): boolean {
  let h: number | bigint;
  if (typeof n === "number") {
    if (n >= 0 && n < TWO32 && Number.isInteger(n)) {
      H.hi = 0;
      H.lo = n;
      return true;
    }
    h = Number.isInteger(n) ? intHash(n) : floatHash(n);
  } else if (typeof n === "bigint") h = intHash(n);
  else if (n instanceof PyObject && n.$cls === T.tuple && stable(n)) {
    tupleHashHalves((n as PyObject & { a: PyValue[] }).a, H);
    return true;
  } else return false;
  if (typeof h === "number") {
    H.lo = h >>> 0;
    H.hi = Math.floor(h / TWO32) >>> 0;
  } else {
    const u = BigInt.asUintN(64, h);
    H.lo = Number(u & 0xffffffffn);
    H.hi = Number(u >> 32n);
  }
  return true;
}

/** A table's slots, all empty (a packed array: no holes to look through) */
const emptySlots = (size: number): Slot[] => new Array<Slot>(size).fill(undefined);
const NO_SLOTS: Slot[] = [];
const NO_LOS = new Uint32Array(0);

/** A model of one CPython set table: slot contents only (the keys are the Map's). */
export class SetLayout {
  mask = MIN_SIZE - 1;
  // allocated at the first key: most sets are small and many stay empty
  slots: Slot[] = NO_SLOTS;
  /** each slot's hash, low 32 bits: a resize re-places keys by it (the high half is
   * needed only when a linear run of slots is full, rare in a fresh table) */
  los: Uint32Array = NO_LOS;
  /** active + dummy slots (so->fill), active slots (so->used), set.pop's start (so->finger) */
  fill = 0;
  used = 0;
  finger = 0;

  clone(): SetLayout {
    const c = new SetLayout();
    c.mask = this.mask;
    if (this.slots !== NO_SLOTS) {
      c.slots = this.slots.slice();
      c.los = this.los.slice();
    }
    c.fill = this.fill;
    c.used = this.used;
    return c;
  }

  /** set_add_entry for a key known to be absent; false when its hash is not stable. */
  add(n: NormKey): boolean {
    if (!halves(n)) return false;
    if (this.slots === NO_SLOTS) {
      this.slots = emptySlots(MIN_SIZE);
      this.los = new Uint32Array(MIN_SIZE);
    }
    const l0 = H.lo;
    let hi = H.hi, lo = l0;
    const mask = this.mask, slots = this.slots;
    let i = lo & mask;
    let free = -1;
    for (;;) {
      const last = i + LINEAR <= mask ? i + LINEAR : i;
      for (let j = i; j <= last; j++) {
        const s = slots[j];
        if (s === undefined) {
          if (free >= 0) {
            // a dummy met on the way is reused: no new fill, no resize
            slots[free] = n;
            this.los[free] = l0;
            this.used++;
            return true;
          }
          slots[j] = n;
          this.los[j] = l0;
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return true;
        }
        // the last dummy on the way takes the key (black-box: CPython 3.11 tables)
        if (s === DUMMY) free = j;
      }
      lo = ((lo >>> SHIFT) | (hi << (32 - SHIFT))) >>> 0;
      hi = hi >>> SHIFT;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  /** set_discard_entry: the key's slot (found along its probe sequence) becomes a dummy. */
  discard(n: NormKey): void {
    if (this.slots === NO_SLOTS || !halves(n)) return;
    let hi = H.hi, lo = H.lo;
    const mask = this.mask, slots = this.slots;
    let i = lo & mask;
    for (;;) {
      const last = i + LINEAR <= mask ? i + LINEAR : i;
      for (let j = i; j <= last; j++) {
        const s = slots[j];
        if (s === undefined) return;
        if (s === n) {
          slots[j] = DUMMY;
          this.used--;
          return;
        }
      }
      lo = ((lo >>> SHIFT) | (hi << (32 - SHIFT))) >>> 0;
      hi = hi >>> SHIFT;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  /** set_table_resize: the smallest power of two above `minused`, keys re-placed in
   * table order without dummies (set_insert_clean). */
  resize(minused: number): void {
    let size = MIN_SIZE;
    while (size <= minused) size *= 2;
    const oldSlots = this.slots, oldLos = this.los;
    this.mask = size - 1;
    this.slots = emptySlots(size);
    this.los = new Uint32Array(size);
    for (let j = 0; j < oldSlots.length; j++) {
      const s = oldSlots[j];
      if (s !== undefined && s !== DUMMY) this.insertClean(s, oldLos[j]);
    }
    this.fill = this.used;
  }

  private insertClean(n: NormKey, l0: number): void {
    const mask = this.mask, slots = this.slots;
    let i = l0 & mask;
    let hi = -1, lo = l0;
    for (;;) {
      const last = i + LINEAR <= mask ? i + LINEAR : i;
      for (let j = i; j <= last; j++) {
        if (slots[j] === undefined) {
          slots[j] = n;
          this.los[j] = l0;
          return;
        }
      }
      if (hi < 0) {
        halves(n);
        hi = H.hi;
      }
      lo = ((lo >>> SHIFT) | (hi << (32 - SHIFT))) >>> 0;
      hi = hi >>> SHIFT;
      i = (i * 5 + 1 + lo) & mask;
    }
  }

  /** set_merge's and set_update_internal's one big resize before adding `n` keys. */
  presize(n: number): void {
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }

  /** set.pop (set_pop): the first active slot from the finger on. */
  popKey(): NormKey {
    // (called on a non-empty set: its slots exist)
    const mask = this.mask;
    let i = this.finger & mask;
    while (this.slots[i] === undefined || this.slots[i] === DUMMY) i = i === mask ? 0 : i + 1;
    const n = this.slots[i];
    this.slots[i] = DUMMY;
    this.used--;
    this.finger = i + 1;
    return n;
  }

  order(): NormKey[] {
    const out: NormKey[] = [];
    for (const s of this.slots) if (s !== undefined && s !== DUMMY) out.push(s);
    return out;
  }
}

const mapHas = Map.prototype.has, mapSet = Map.prototype.set, mapDelete = Map.prototype.delete;

/** A set's Map. While its keys may all hash reproducibly it also models CPython's
 * table, lazily: added keys wait in `pend` and are replayed into the model only when
 * the model is needed (iteration, a removal, pop, a copy or update that presizes), so a
 * set that is only added to and asked `in` or len() never models its table. A replay
 * of the same additions is the same table: the model depends only on their order. */
export class LayoutMap extends Map<NormKey, PyValue> {
  /** the model, up to date except for the keys in `pend`; null: not modelled */
  private lay: SetLayout | null = new SetLayout();
  /** keys added since the model was last brought up to date, in order */
  private pend: NormKey[] = [];
  /** the Map's order no longer matches the layout's */
  dirty = false;
  /** changes are being made that the layout already reflects (set.ts copies) */
  paused = false;
  /** the model, brought up to date */
  get layout(): SetLayout | null {
    if (this.pend.length !== 0) this.flush();
    return this.lay;
  }
  set layout(v: SetLayout | null) {
    this.lay = v;
    this.pend = [];
  }
  private flush(): void {
    const p = this.pend, lay = this.lay;
    this.pend = [];
    if (lay === null) return;
    for (let i = 0; i < p.length; i++) {
      if (!lay.add(p[i])) {
        this.lay = null;
        return;
      }
    }
    this.dirty = true;
  }
  override set(n: NormKey, v: PyValue): this {
    // (Map.prototype's own functions: `super.x` calls are slower in V8)
    const before = this.size;
    mapSet.call(this, n, v);
    // a new key (the size grew: one hash lookup, not a has() before the set())
    if (this.size !== before && this.lay !== null && !this.paused) {
      // a str, None or object key ends the model now (a tuple is checked at replay)
      if (typeof n === "number" || typeof n === "bigint" || (n instanceof PyObject && n.$cls === T.tuple)) this.pend.push(n);
      else this.layout = null;
    }
    return this;
  }
  override delete(n: NormKey): boolean {
    if (this.paused) return mapDelete.call(this, n);
    const lay = this.layout;
    if (lay === null) return mapDelete.call(this, n);
    if (!mapHas.call(this, n)) return false;
    lay.discard(n);
    return mapDelete.call(this, n);
  }
  override clear(): void {
    // set_clear_internal: back to an empty small table (a set that held unstable keys
    // may hold stable ones again)
    if (!this.paused) {
      this.layout = new SetLayout();
      this.dirty = false;
    }
    super.clear();
  }
  /** Put the entries in the layout's order. */
  sync(): void {
    const lay = this.layout;
    if (!this.dirty || lay === null) return;
    this.dirty = false;
    const order = lay.order();
    const vals = order.map((n) => super.get(n)!);
    super.clear();
    for (let i = 0; i < order.length; i++) super.set(order[i], vals[i]);
  }
  override keys(): MapIterator<NormKey> {
    this.sync();
    return super.keys();
  }
  override values(): MapIterator<PyValue> {
    this.sync();
    return super.values();
  }
  override entries(): MapIterator<[NormKey, PyValue]> {
    this.sync();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[NormKey, PyValue]> {
    this.sync();
    return super.entries();
  }
  override forEach(f: (v: PyValue, k: NormKey, m: Map<NormKey, PyValue>) => void, thisArg?: unknown): void {
    this.sync();
    super.forEach(f, thisArg);
  }
}
