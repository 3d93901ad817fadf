// The class hierarchy seen from above: `type.__subclasses__()` and assigning
// `C.__bases__` (typeobject.c type_set_bases, mro_hierarchy).
import type { PyValue } from "./object.js";
import { PyType, typeModified } from "./type.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { PyFunction } from "./function.js";
import { PyTuple, PyList, tuple } from "./containers.js";
import { method, getset } from "./descriptors.js";
import { typeName, typeOf } from "./ops.js";
import { callv } from "./call.js";
import { toArray } from "./iter.js";
import { bestBase, checkLayoutAssignment, layoutBase, solidBase } from "./type-layout.js";

/** Direct subclasses per type, held weakly (CPython's tp_subclasses holds weakrefs). */
const subs = new WeakMap<PyType, Set<WeakRef<PyType>>>();

export function registerSubclass(t: PyType): void {
  for (const b of t.bases) addSub(b, t);
}
function addSub(b: PyType, t: PyType): void {
  let s = subs.get(b);
  if (s === undefined) subs.set(b, (s = new Set()));
  s.add(new WeakRef(t));
}
function removeSub(b: PyType, t: PyType): void {
  const s = subs.get(b);
  if (s === undefined) return;
  for (const r of s) if (r.deref() === t || r.deref() === undefined) s.delete(r);
}
function subclassesOf(b: PyType): PyType[] {
  const out: PyType[] = [];
  const s = subs.get(b);
  if (s === undefined) return out;
  for (const r of s) {
    const t = r.deref();
    if (t === undefined) s.delete(r);
    else if (t.bases.includes(b)) out.push(t);
  }
  return out;
}

/** A metaclass's own mro(), checked as typeobject.c mro_check does: classes only,
 * each with a layout the new class's instances contain. */
export function runCustomMro(t: PyType, f: PyValue): PyType[] {
  const r = toArray(callv(f, [t], null));
  const solid = solidBase(t);
  for (const x of r) {
    if (!(x instanceof PyType)) raise("TypeError", `mro() returned a non-class ('${typeName(x)}')`);
    if (!solid.isSubtypeOf(solidBase(x))) raise("TypeError", `mro() returned base with unsuitable layout ('${x.name}')`);
  }
  return r as PyType[];
}

/** The MRO of `t`: a metaclass's own mro() decides, else C3 (typeobject.c mro_internal). */
function computeMro(t: PyType): PyType[] {
  const meta = typeOf(t);
  if (meta !== T.type) {
    const f = meta.lookup("mro");
    if (f instanceof PyFunction) return runCustomMro(t, f);
  }
  t.computeMro();
  return t.mro;
}

/** Recomputes the MRO of `t` and of every class below it; restores all on failure. */
function mroHierarchy(t: PyType, saved: Map<PyType, PyType[]>): void {
  saved.set(t, t.mro);
  t.mro = computeMro(t);
  for (const s of subclassesOf(t)) if (!saved.has(s)) mroHierarchy(s, saved);
}


/** `b` inherits from `t` through the bases already assigned, even where a reentrant
 * mro() has not recomputed the MROs yet (type_set_bases walks tp_base too). */
function reachesByBases(b: PyType, t: PyType): boolean {
  const seen = new Set<PyType>();
  const todo = [b];
  while (todo.length) {
    const c = todo.pop()!;
    if (c === t) return true;
    if (seen.has(c)) continue;
    seen.add(c);
    todo.push(...c.bases);
  }
  return false;
}

function setBases(self: PyValue, v: PyValue | undefined): void {
  const t = self as PyType;
  if (!t.heap) raise("TypeError", `cannot set '__bases__' attribute of immutable type '${t.name}'`);
  if (v === undefined) raise("TypeError", `cannot delete '__bases__' attribute of immutable type '${t.name}'`);
  if (!(v instanceof PyTuple)) return raise("TypeError", `can only assign tuple to ${t.name}.__bases__, not ${typeName(v)}`);
  if (v.a.length === 0) raise("TypeError", `can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  const nb: PyType[] = [];
  for (const b of v.a) {
    if (!(b instanceof PyType)) return raise("TypeError", `${t.name}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
    if (b.isSubtypeOf(t) || reachesByBases(b, t)) raise("TypeError", "a __bases__ item causes an inheritance cycle");
    nb.push(b);
  }
  // type_set_bases: the new best base must keep the instances' layout
  const oldBase = layoutBase(t);
  const newBase = bestBase(nb);
  if (oldBase !== null) checkLayoutAssignment(oldBase, newBase, "__bases__");
  const oldBases = t.bases;
  t.bases = nb;
  const saved = new Map<PyType, PyType[]>();
  try {
    mroHierarchy(t, saved);
  } catch (e) {
    // a metaclass mro() that assigned __bases__ again meanwhile has the last word
    if (t.bases === nb) {
      t.bases = oldBases;
      for (const [k, m] of saved) k.mro = m;
    }
    throw e;
  }
  for (const b of oldBases) removeSub(b, t);
  for (const b of nb) addSub(b, t);
  typeModified();
}

/** Called by install.ts after object-methods.ts has defined type's read-only forms. */
export function installTypeBases(): void {
  for (const t of Object.values(T)) if (t instanceof PyType && t !== T.object) registerSubclass(t);
  getset(T.type, "__bases__", (self) => tuple((self as PyType).bases), setBases);
  method(T.type, "__subclasses__", 0, 0, (self) => new PyList(subclassesOf(self as PyType)));
}
