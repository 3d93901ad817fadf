// Instance layouts of classes: which bases may be combined, which base is a class's
// `__base__`, and when `obj.__class__ = C` / `C.__bases__ = (...)` may change a layout
// (typeobject.c solid_base, best_base, compatible_for_assignment, same_slots_added).
// pycell has no struct sizes: a layout is "the nearest built-in base that adds fields"
// plus the `__slots__` members each class adds, which is what CPython's sizes encode.
import type { PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { EXC } from "./exceptions.js";
import { raise } from "./raise.js";
import { PyMember } from "./slots.js";
import { PyGetSet } from "./descriptors.js";
import { typeName, typeOf } from "./ops.js";

/** Exception types whose C struct adds fields to BaseException's (exceptions.c
 * ComplexExtendsException / MiddlingExtendsException): the others share its layout. */
const EXC_LAYOUTS = [
  "BaseException", "SystemExit", "ImportError", "OSError", "SyntaxError", "StopIteration",
  "UnicodeEncodeError", "UnicodeDecodeError", "UnicodeTranslateError", "NameError",
  "AttributeError", "BaseExceptionGroup",
];
let excLayouts: Set<PyType> | null = null;

/** The member slots `t` itself adds, sorted as CPython stores them (ht_slots). */
function ownSlots(t: PyType): string[] {
  const out: string[] = [];
  for (const v of t.attrs.values()) if (v instanceof PyMember && v.owner === t) out.push(v.name);
  return out.sort();
}

/** tp_base: the base a class's layout extends (best_base of its bases). */
export function layoutBase(t: PyType): PyType | null {
  if (t.bases.length === 0) return null;
  if (!t.heap || t.bases.length === 1) return t.bases[0];
  return bestBase(t.bases);
}

/** typeobject.c solid_base: the nearest class (t included) whose instances have
 * fields its base lacks. */
export function solidBase(t: PyType): PyType {
  if (t === T.object) return t;
  if (t.heap) {
    const b = layoutBase(t);
    const s = b === null ? T.object : solidBase(b);
    return ownSlots(t).length > 0 ? t : s;
  }
  if (EXC.BaseException !== undefined && t.isSubtypeOf(EXC.BaseException)) {
    excLayouts ??= new Set(EXC_LAYOUTS.map((n) => EXC[n]).filter((x) => x !== undefined));
    for (const b of t.mro) if (excLayouts.has(b)) return b;
  }
  // bool's instances are ints
  if (t === T.bool) return T.int;
  return t;
}

/** typeobject.c best_base: the base whose layout every other base's layout is part
 * of; TypeError when two bases add different fields. */
export function bestBase(bases: PyType[]): PyType {
  let winner: PyType | null = null;
  let base: PyType = bases[0];
  for (const b of bases) {
    const cand = solidBase(b);
    if (winner === null) {
      winner = cand;
      base = b;
    } else if (winner.isSubtypeOf(cand)) {
      // the winner already holds cand's fields
    } else if (cand.isSubtypeOf(winner)) {
      winner = cand;
      base = b;
    } else raise("TypeError", "multiple bases have instance lay-out conflict");
  }
  return base;
}

/** Instances carry a __dict__: the nearest `__dict__` descriptor is not object's. */
function hasDict(t: PyType): boolean {
  for (const b of t.mro) if (b.attrs.has("__dict__")) return b !== T.object;
  return false;
}
function hasWeak(t: PyType): boolean {
  return t.lookup("__weakref__") instanceof PyGetSet;
}

/** typeobject.c compatible_with_tp_base: `t`'s instances look like its base's. */
function sameAsBase(t: PyType): PyType | null {
  if (!t.heap) return null;
  const b = layoutBase(t);
  if (b === null || ownSlots(t).length > 0) return null;
  if (hasDict(t) !== hasDict(b) || hasWeak(t) !== hasWeak(b)) return null;
  return b;
}

/** typeobject.c same_slots_added: `a` and `b` extend one base with the same fields. */
function sameSlotsAdded(a: PyType, b: PyType): boolean {
  if (!a.heap || !b.heap) return false;
  const sa = ownSlots(a);
  const sb = ownSlots(b);
  if (sa.length !== sb.length || sa.some((n, i) => n !== sb[i])) return false;
  return hasDict(a) === hasDict(b) && hasWeak(a) === hasWeak(b);
}

/** typeobject.c compatible_for_assignment: raises unless instances of `oldto` may
 * become instances of `newto` (attr is "__class__" or "__bases__"). */
export function checkLayoutAssignment(oldto: PyType, newto: PyType, attr: string): void {
  let nb = newto;
  let ob = oldto;
  for (let n = sameAsBase(nb); n !== null; n = sameAsBase(nb)) nb = n;
  for (let o = sameAsBase(ob); o !== null; o = sameAsBase(ob)) ob = o;
  if (nb === ob) return;
  if (layoutBase(nb) === layoutBase(ob) && sameSlotsAdded(nb, ob)) return;
  raise("TypeError", `${attr} assignment: '${newto.name}' object layout differs from '${oldto.name}'`);
}

/** object.__class__'s setter (typeobject.c object_set_class). */
export function setClass(self: PyValue, v: PyValue | undefined): void {
  if (v === undefined) raise("TypeError", "can't delete __class__ attribute");
  if (!(v instanceof PyType)) return raise("TypeError", `__class__ must be set to a class, not '${typeName(v)}' object`);
  const oldto = typeOf(self);
  const bothModules = v.isSubtypeOf(T.module) && oldto.isSubtypeOf(T.module);
  if (!bothModules && (!v.heap || !oldto.heap)) raise("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses");
  // a JS primitive (int, str, bool...) has no $cls of its own to change
  if (self === null || typeof self !== "object") raise("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses");
  checkLayoutAssignment(oldto, v, "__class__");
  self.$cls = v;
}
