// Caches for global and builtin name loads in generated code (LOAD_GLOBAL; CPython
// 3.11 specialises it as LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN, guarded by the dict
// keys' versions). Here a module namespace's Map is an `NsMap`: it hands out one
// `GlobalRef` per name that some code reads, and every write into the Map (set, delete,
// clear: the only ways to change a JS Map, so every path is covered: `x = ...`,
// `del x`, `globals()[k] = v`, `module.x = v`, `exec`, `builtins.len = ...`,
// `dict.update` on a module's __dict__) updates that ref. A module's code keeps, per
// name, the globals' ref and the builtins' ref and reads them without any hashing; a
// name becomes a global or stops being one and the refs say so at the next read.
import type { PyValue } from "./object.js";
import type { PyDict } from "./dict.js";

/** The value a namespace binds to one name right now (undefined: not bound). */
export class GlobalRef {
  v: PyValue | undefined;
  constructor(v: PyValue | undefined) {
    this.v = v;
  }
}

const mapSet = Map.prototype.set;
const mapDelete = Map.prototype.delete;
const mapClear = Map.prototype.clear;

/** A module namespace's storage (HashTable.m): a Map that keeps its refs current. */
export class NsMap extends Map<unknown, PyValue> {
  /** refs handed out, by Map key; null until the first one */
  refs: Map<unknown, GlobalRef> | null = null;

  override set(k: unknown, v: PyValue): this {
    mapSet.call(this, k, v);
    const refs = this.refs;
    if (refs != null) {
      const r = refs.get(k);
      if (r !== undefined) r.v = v;
    }
    return this;
  }
  override delete(k: unknown): boolean {
    const refs = this.refs;
    if (refs != null) {
      const r = refs.get(k);
      if (r !== undefined) r.v = undefined;
    }
    return mapDelete.call(this, k);
  }
  override clear(): void {
    const refs = this.refs;
    if (refs != null) for (const r of refs.values()) r.v = undefined;
    mapClear.call(this);
  }
  ref(name: string): GlobalRef {
    const refs = (this.refs ??= new Map());
    let r = refs.get(name);
    if (r === undefined) refs.set(name, (r = new GlobalRef(super.get(name))));
    return r;
  }
}

/** The Map of a dict that generated code uses as its globals, made an NsMap the first
 * time (its entries copied in order; the HashTable's other indexes are keyed by the
 * same Map keys, so they stay valid). */
export function nsMap(g: PyDict): Map<unknown, PyValue> {
  const m = g.t.m;
  if (m instanceof NsMap) return m;
  const n = new NsMap();
  for (const [k, v] of m) mapSet.call(n, k, v);
  g.t.m = n as typeof m;
  return n;
}

/** One name's cache in a module's code: the refs of its globals and its builtins. */
export class GlobalSite {
  g: GlobalRef | null = null;
  b: GlobalRef | null = null;
}
export const gsite = (): GlobalSite => new GlobalSite();

type NameMap = { get(n: string): PyValue | undefined };

/** The slow path of a cached global load: fill the site (when both namespaces are
 * NsMaps; a custom `__builtins__` mapping is read every time) and return the value,
 * undefined when neither binds the name (the caller raises NameError). */
export function gfill(n: string, c: GlobalSite, gm: NameMap, bm: NameMap): PyValue | undefined {
  if (gm instanceof NsMap && bm instanceof NsMap) {
    const g = (c.g = gm.ref(n));
    const b = (c.b = bm.ref(n));
    return g.v !== undefined ? g.v : b.v;
  }
  const v = gm.get(n);
  return v !== undefined ? v : bm.get(n);
}
