// `__slots__` of a class statement: checking the names and creating one member
// descriptor per slot (typeobject.c type_new_slots / type_new_visit_slots).
import { PyObject, type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { raise } from "./raise.js";
import { PyGetSet } from "./descriptors.js";
import { PyModule } from "./containers.js";
import { EXC, newExc } from "./exceptions.js";
import { toArray } from "./iter.js";
import { asStr, typeName, typeOf } from "./ops.js";
import { strIsidentifier } from "./text/str-case.js";

/** A slot's descriptor: `<member 'x' of 'C' objects>`, type member_descriptor.
 * `index`: where a `__slots__` member keeps its value in the instance's `$sv` array
 * (-1 for the built-in members of complex and exceptions, which have their own
 * storage); attr-cache.ts reads and writes that array directly at a cached site. */
export class PyMember extends PyGetSet {
  index = -1;
}
export const memberType = new PyType("member_descriptor", [T.object]);
memberType.computeMro();
PyMember.prototype.$cls = memberType;

/** An instance of a class with `__slots__`: the values by member index, undefined
 * for an empty slot (CPython's struct fields, NULL when unset). */
export type Slotted = PyObject & { $sv?: PyValue[] };

/** How many slot fields instances of each slotted class have: its layout base's
 * plus its own (typeobject.c adds them to tp_basicsize the same way), so a subclass's
 * members never share an index with its bases' (`__slots__ = ('x',)` in both keeps
 * two fields, as in CPython). */
const slotTotals = new WeakMap<PyType, number>();
function baseSlotTotal(t: PyType): number {
  // the bases' members lie on one chain (else bestBase raised a layout conflict), so
  // the largest count is the deepest slotted base's; `__slots__ = ()` mixins add 0
  let n = 0;
  for (const b of t.mro) if (b !== t) n = Math.max(n, slotTotals.get(b) ?? 0);
  return n;
}
/** A fresh field array for an instance of `t`, every slot empty (packed, so that
 * reads of it stay monomorphic). */
export function newSlotValues(t: PyType): PyValue[] {
  let n = slotTotals.get(t);
  if (n === undefined) slotTotals.set(t, (n = baseSlotTotal(t)));
  const a: PyValue[] = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) a[i] = undefined as unknown as PyValue;
  return a;
}

function memberDescriptor(t: PyType, name: string, index: number): PyMember {
  const missing = (): never => {
    throw newExc(EXC.AttributeError, [`'${t.name}' object has no attribute '${name}'`]);
  };
  const m = new PyMember(name, t, (o) => {
    const v = (o as Slotted).$sv?.[index];
    return v === undefined ? missing() : v;
  }, (o, v) => {
    const s = o as Slotted;
    if (v === undefined) {
      // structmember.c PyMember_SetOne: deleting an empty slot says only the name
      if (s.$sv?.[index] === undefined) raise("AttributeError", name);
      s.$sv![index] = undefined as unknown as PyValue;
    } else (s.$sv ??= newSlotValues(s.$cls))[index] = v;
  });
  m.index = index;
  return m;
}

/** Private names are mangled with the class name (compile.c _Py_Mangle). */
function mangle(cls: string, raw: string): string {
  if (!raw.startsWith("__") || raw.endsWith("__") || raw.includes(".")) return raw;
  const stripped = cls.replace(/^_+/, "");
  return stripped === "" ? raw : `_${stripped}${raw}`;
}

/** Built-in types whose instances already take weak references (tp_weaklistoffset). */
const weakBuiltins = (): PyType[] => [T.set, T.frozenset, T.type, T.module];
/** Variable-size built-in layouts: no room for members or a weakref list. */
const varSized = (): PyType[] => [T.int, T.tuple, T.bytes];

/** The `__dict__` and `__weakref__` descriptors a class adds when its bases have
 * neither (typeobject.c type_new_descriptors), and the members of `__slots__`. */
export function installLayout(t: PyType, bases: PyType[], slots: PyValue | undefined): void {
  // classes (instances of type) have their namespace as __dict__ already
  const baseDict = bases.some((b) => (b.instDict && b !== T.object) || b.isSubtypeOf(T.type));
  const baseWeak = t.mro.some((b) => b !== t && (b.attrs.get("__weakref__") instanceof PyGetSet || weakBuiltins().includes(b)));
  const varSize = t.mro.some((b) => varSized().includes(b));
  let addDict: boolean;
  let addWeak: boolean;
  if (slots === undefined) {
    addDict = !baseDict;
    addWeak = !baseWeak && !varSize;
    t.instDict = true;
  } else {
    const want = installSlots(t, baseDict, baseWeak || varSize, slots);
    addDict = want.dict;
    addWeak = want.weak;
  }
  if (addDict && !t.attrs.has("__dict__")) t.attrs.set("__dict__", dictDescriptor(t));
  if (addWeak && !t.attrs.has("__weakref__")) t.attrs.set("__weakref__", new PyGetSet("__weakref__", t, () => null));
}

let objectDict: PyGetSet | undefined;
/** The `__dict__` of the nearest built-in base that has one (typeobject.c
 * get_builtin_base_with_dict): a class's namespace, an exception's dict. */
function builtinDict(o: PyValue): PyGetSet | null {
  for (const c of typeOf(o).mro) {
    if (c.heap || c === T.object) continue;
    const x = c.attrs.get("__dict__");
    if (x instanceof PyGetSet) return x;
    // exceptions keep their dict in object's slot here (replaceable, not deletable)
    if (c === EXC.BaseException) return objectDict ?? null;
  }
  return null;
}
function dictDescriptor(t: PyType): PyGetSet {
  objectDict ??= T.object.attrs.get("__dict__") as PyGetSet;
  const d = objectDict;
  // subtype_dict / subtype_setdict: a built-in base's own __dict__ decides
  return new PyGetSet("__dict__", t, (o) => (builtinDict(o) ?? d).get(o), (o, v) => {
    const b = builtinDict(o);
    if (b !== null) {
      if (b.set === null) raise("AttributeError", `attribute '__dict__' of '${b.owner.name}' objects is not writable`);
      return b.set(o, v);
    }
    if (o instanceof PyModule) raise("AttributeError", "readonly attribute");
    // deleting drops the dict; a new empty one appears on next use
    if (v === undefined) (o as PyObject).$dict = null;
    else d.set!(o, v);
  });
}

/** Adds the slots' descriptors to `t` and decides whether its instances get a __dict__. */
function installSlots(t: PyType, baseDict: boolean, baseWeak: boolean, slots: PyValue): { dict: boolean; weak: boolean } {
  const items = typeof slots === "string" ? [slots] : toArray(slots);
  const names: string[] = [];
  for (const it of items) {
    const s = asStr(it);
    if (s === undefined) raise("TypeError", `__slots__ items must be strings, not '${typeName(it)}'`);
    if (!strIsidentifier(s)) raise("TypeError", "__slots__ must be identifiers");
    names.push(s);
  }
  let wantDict = false;
  let wantWeak = false;
  for (const n of names) {
    if (n === "__dict__") {
      if (wantDict || baseDict) raise("TypeError", "__dict__ slot disallowed: we already got one");
      wantDict = true;
    } else if (n === "__weakref__") {
      if (wantWeak || baseWeak) raise("TypeError", "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
      wantWeak = true;
    }
  }
  const own = names.filter((n) => n !== "__dict__" && n !== "__weakref__");
  // a variable-size base (int, tuple, bytes) has no room for members
  if (own.length) {
    for (const b of t.mro) {
      if (varSized().includes(b)) raise("TypeError", `nonempty __slots__ not supported for subtype of '${b.name}'`);
    }
  }
  // CPython sorts the names (type_new_copy_slots), which orders the class __dict__
  const mangled = own.map((n) => mangle(t.name, n)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const n of mangled) {
    if (n === "__qualname__" || n === "__classcell__") continue;
    if (t.attrs.has(n)) raise("ValueError", `'${n}' in __slots__ conflicts with class variable`);
  }
  t.instDict = wantDict || baseDict;
  // members are numbered after the layout base's: the layout conflict check
  // (type-layout.ts bestBase) has left at most one base chain with members
  const first = baseSlotTotal(t);
  let k = 0;
  for (const n of mangled) t.attrs.set(n, memberDescriptor(t, n, first + k++));
  slotTotals.set(t, first + k);
  return { dict: wantDict, weak: wantWeak };
}
