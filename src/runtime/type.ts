// PyType: Python's `type` objects, built-in and user-defined.
import { PyObject, type PyValue } from "./object.js";
import { c3Merge } from "./mro.js";

/** Bumped by every change to any type's namespace: all lookup caches are then stale.
 * CPython keeps a version tag per type and invalidates subclasses (typeobject.c
 * type_modified); pycell does not track subclasses, so one global counter stands in
 * for all tags. Namespaces change rarely once classes are built. */
export let typeEpoch = 0;
/** Invalidates every lookup cache (a type's MRO changed: `__bases__` assignment). */
export function typeModified(): void {
  typeEpoch++;
}
/** A type's `__dict__`: a Map that invalidates the lookup caches when it changes.
 * `ver` counts this namespace's own changes (the `__dict__` view's snapshot key). */
export class TypeDict extends Map<string, PyValue> {
  ver = 0;
  override set(k: string, v: PyValue): this {
    typeEpoch++;
    this.ver++;
    return super.set(k, v);
  }
  override delete(k: string): boolean {
    typeEpoch++;
    this.ver++;
    return super.delete(k);
  }
  override clear(): void {
    typeEpoch++;
    this.ver++;
    super.clear();
  }
}

export class PyType extends PyObject {
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** the type's own namespace (`__dict__`): attribute names are always str */
  attrs: TypeDict = new TypeDict();
  /** lookup results by name (`v` undefined: absent), each valid while its `e` is
   * `typeEpoch` and the MRO is still `cacheMro` (typeobject.c's method cache, per type) */
  private cache = new Map<string, { v: PyValue | undefined; e: number }>();
  private cacheMro: PyType[] | null = null;
  /** allocates a bare instance of `cls` (which is this type or a subclass): the
   * layout is inherited from the nearest built-in base */
  alloc: ((cls: PyType) => PyObject) | null = null;
  /** `C(args)` of a heap type without its own __new__ and with a plain __init__: what
   * klass.ts typeCall decided, valid while `e` is typeEpoch and the MRO is `mro` */
  ctorPlan: { e: number; mro: PyType[]; init: PyObject & { $fn: (...a: PyValue[]) => PyValue } } | null = null;
  /** the attribute names its instances' dicts keep in slots (attr-slots.ts) */
  slotLayout: import("./attr-slots.js").SlotLayout | null = null;
  /** true for types defined by a class statement */
  heap = false;
  /** instances carry a `__dict__` */
  instDict = false;
  /** a built-in type with a `__get__` slot (tp_descr_get) that attribute lookup must
   * call, like a heap type's (functools._lru_cache_wrapper binds as a method) */
  descrGet = false;
  /** a built-in type that a class statement may not extend */
  final = false;
  constructor(name: string, bases: PyType[]) {
    super();
    this.name = name;
    this.qualname = name;
    this.bases = bases;
  }
  /** Look `name` up along the MRO (typeobject.c _PyType_Lookup); undefined when absent. */
  lookup(name: string): PyValue | undefined {
    const mro = this.mro;
    if (this.cacheMro !== mro) {
      this.cache.clear();
      this.cacheMro = mro;
    }
    // each entry carries the epoch it was computed in: a stale one is recomputed in
    // place, so a program that keeps assigning class attributes (a counter on the
    // class) costs a walk per lookup, not a new cache
    let c = this.cache.get(name);
    if (c !== undefined && c.e === typeEpoch) return c.v;
    let v: PyValue | undefined;
    for (let i = 0; i < mro.length; i++) {
      v = mro[i].attrs.get(name);
      if (v !== undefined) break;
    }
    if (c !== undefined) {
      c.v = v;
      c.e = typeEpoch;
    } else {
      // names looked up are mostly the program's own identifiers; a program inventing
      // names without end (getattr(o, f"a{i}")) must not grow the cache without end
      if (this.cache.size >= 4096) this.cache.clear();
      this.cache.set(name, { v, e: typeEpoch });
    }
    return v;
  }
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    return this.mro.includes(other);
  }
  computeMro(): void {
    this.mro = c3Merge(this);
  }
}
