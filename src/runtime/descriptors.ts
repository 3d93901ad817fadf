// Built-in descriptors and the helpers family files use to fill their type's namespace.
import { PyObject, type PyValue } from "./object.js";
import { PyBuiltin, type JsFn } from "./function.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { PyClassMethod, PyStaticMethod } from "./property.js";

/** A data descriptor computed in TypeScript (CPython's getset_descriptor / member). */
export class PyGetSet extends PyObject {
  constructor(
    readonly name: string,
    readonly owner: PyType,
    readonly get: (self: PyValue) => PyValue,
    readonly set: ((self: PyValue, v: PyValue | undefined) => void) | null = null,
    /** a READONLY member (structmember.c): its error message differs */
    readonly readonlyMember = false,
  ) {
    super();
  }
}
export const getsetType = new PyType("getset_descriptor", [T.object]);
getsetType.computeMro();
PyGetSet.prototype.$cls = getsetType;

/** A method of a built-in type; `fn` receives self first. */
export function method(t: PyType, name: string, min: number, max: number, fn: JsFn): PyBuiltin {
  const b = new PyBuiltin(name, fn, min + 1, max + 1, null, undefined, `${t.name}.${name}`);
  b.$meth = true;
  t.attrs.set(name, b);
  return b;
}

/** A method taking keywords: `fn(args, kw)` with self as args[0]. */
export function kwmethod(t: PyType, name: string, fn: (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue): PyBuiltin {
  const b = new PyBuiltin(name, (...a: PyValue[]) => fn(a, null), 0, Infinity, fn, undefined, `${t.name}.${name}`);
  b.$meth = true;
  t.attrs.set(name, b);
  return b;
}

/** kwmethod plus `pos`, its call without keywords for self and up to `maxPos`
 * positional arguments (an absent one is undefined): a cached method call
 * (attr-cache.ts, `$kwFree`) calls `pos` directly, without an args array. `pos` must
 * do exactly what `fn([self, ...args], null)` does. */
export function kwPosMethod(t: PyType, name: string, maxPos: number, pos: JsFn, fn: (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue): PyBuiltin {
  const b = new PyBuiltin(name, pos, 1, maxPos + 1, fn, undefined, `${t.name}.${name}`);
  b.$meth = true;
  b.$kwFree = true;
  t.attrs.set(name, b);
  return b;
}

export function getset(t: PyType, name: string, get: (self: PyValue) => PyValue, set: ((self: PyValue, v: PyValue | undefined) => void) | null = null): void {
  t.attrs.set(name, new PyGetSet(name, t, get, set));
}
export function member(t: PyType, name: string, get: (self: PyValue) => PyValue): void {
  t.attrs.set(name, new PyGetSet(name, t, get, null, true));
}

/** A classmethod of a built-in type (`dict.fromkeys`); `fn` receives the class first. */
export function classMethod(t: PyType, name: string, min: number, max: number, fn: JsFn): void {
  t.attrs.set(name, new PyClassMethod(new PyBuiltin(name, fn, min + 1, max + 1, null, undefined, `${t.name}.${name}`)));
}

/** A staticmethod of a built-in type (`str.maketrans`). */
export function staticMethod(t: PyType, name: string, min: number, max: number, fn: JsFn): void {
  t.attrs.set(name, new PyStaticMethod(new PyBuiltin(name, fn, min, max, null, undefined, `${t.name}.${name}`)));
}

/** A plain built-in function (not a method). */
export function builtin(name: string, min: number, max: number, fn: JsFn): PyBuiltin {
  return new PyBuiltin(name, fn, min, max);
}
export function kwbuiltin(name: string, fn: (args: PyValue[], kw: Map<string, PyValue> | null) => PyValue): PyBuiltin {
  return new PyBuiltin(name, (...a: PyValue[]) => fn(a, null), 0, Infinity, fn);
}
