// Instance dicts with slots: the dict of an instance of a user class keeps its values
// twice, in its Map (what every dict operation reads) and in an array indexed by a
// layout its class shares with all its instances (name -> index). An attribute cache
// site (attr-cache.ts) remembers (layout, index) and reads the array: no hashing on a
// hit. CPython 3.11 does the same with "inline values" under shared keys
// (LOAD_ATTR_INSTANCE_VALUE, Objects/dictobject.c split tables).
//
// The invariant the sites rely on: for a name of a layout, at index i, every SlotMap of
// that layout has `s[i] === get(name)` (undefined when the dict lacks it). Every write
// into a JS Map goes through set/delete/clear, overridden here, so no path can break it.
// A layout only grows, up to MAX_SLOTS names; a name that arrives after that is never
// given a slot (its sites read the Map).
import type { PyValue } from "./object.js";
import { PyDict } from "./dict.js";
import { HashTable } from "./hashtable.js";
import type { PyType } from "./type.js";

const MAX_SLOTS = 48;

/** The attribute names of one class's instances, in the order they were first set. */
export class SlotLayout {
  idx: Map<string, number>;
  constructor() {
    this.idx = new Map();
  }
  /** the slot of `name`, made when there is room; -1 when the layout is full */
  slot(name: string): number {
    const i = this.idx.get(name);
    if (i !== undefined) return i;
    const n = this.idx.size;
    if (n >= MAX_SLOTS) return -1;
    this.idx.set(name, n);
    return n;
  }
}

const mapSet = Map.prototype.set;
const mapDelete = Map.prototype.delete;
const mapClear = Map.prototype.clear;

/** An instance dict's Map with its slot array. */
export class SlotMap extends Map<unknown, PyValue> {
  L: SlotLayout;
  s: (PyValue | undefined)[];
  constructor(L: SlotLayout) {
    super();
    this.L = L;
    // generic elements from the start (undefined is "absent" anyway): the array never
    // changes its elements kind, so the sites' loads stay monomorphic
    this.s = [undefined, undefined, undefined, undefined];
  }
  override set(k: unknown, v: PyValue): this {
    mapSet.call(this, k, v);
    if (typeof k === "string") {
      const i = this.L.slot(k);
      if (i >= 0) this.s[i] = v;
    }
    return this;
  }
  override delete(k: unknown): boolean {
    if (typeof k === "string") {
      const i = this.L.idx.get(k);
      if (i !== undefined) this.s[i] = undefined;
    }
    return mapDelete.call(this, k);
  }
  override clear(): void {
    this.s.fill(undefined);
    mapClear.call(this);
  }
}

/** `m.set(name, v)` for a site that knows the slot of `name` in `m`'s layout. */
export function slotSet(m: SlotMap, name: string, i: number, v: PyValue): void {
  mapSet.call(m, name, v);
  m.s[i] = v;
}

/** A new, empty instance dict for an instance of `cls`. */
export function instDict(cls: PyType): PyDict {
  return new PyDict(new HashTable(new SlotMap((cls.slotLayout ??= new SlotLayout()))));
}
