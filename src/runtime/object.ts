// The root of the object model: every Python value as a JS value.
// None = null, bool = boolean, int = safe-integer number or bigint, str = string,
// everything else a PyObject whose type is one property load away (`$cls`).
import type { PyType } from "./type.js";

export type PyValue = null | boolean | number | bigint | string | PyObject;

/** Base of all heap objects. Built-in types put `$cls` on the prototype; user
 * instances carry it as an own field. `$fast` is the positional arity a plain Python
 * function accepts directly (-1 elsewhere), read by the call fast path. */
export class PyObject {
  declare $cls: PyType;
  declare $fast: number;
  /** true for functions that bind as methods when found on a type */
  declare $meth: boolean;
  /** the iterator protocol: the next item, or undefined when exhausted (installed by iter.ts) */
  declare $next: () => PyValue | undefined;
  /** instance attribute dict, when the type has one */
  $dict: import("./dict.js").PyDict | null;
  // assigned in the constructor, not as a class field: V8 runs field initializers
  // through a slow generic path (measured: most of the time of closure creation)
  constructor() {
    this.$dict = null;
  }
}
PyObject.prototype.$fast = -1;
PyObject.prototype.$meth = false;

/** An instance of a user class (or of object itself). */
export class PyInstance extends PyObject {
  constructor(cls: PyType, dict: import("./dict.js").PyDict | null) {
    super();
    this.$cls = cls;
    this.$dict = dict;
  }
}

/** An instance of a user subclass of int (`class I(int)`, IntEnum): the int value in a
 * slot, read by `asInt` so int's own methods and operators see it (longobject.c
 * long_subtype_new). */
export class PyIntSub extends PyObject {
  constructor(cls: PyType, readonly iv: number | bigint, dict: import("./dict.js").PyDict | null) {
    super();
    this.$cls = cls;
    this.$dict = dict;
  }
}

/** An instance of a user subclass of str (`class S(str)`, StrEnum): the string in a
 * slot, read by `asStr` (unicodeobject.c unicode_subtype_new). */
export class PyStrSub extends PyObject {
  constructor(cls: PyType, readonly sv: string, dict: import("./dict.js").PyDict | null) {
    super();
    this.$cls = cls;
    this.$dict = dict;
  }
}

/** A float, boxed so that 1 and 1.0 stay distinct. */
export class PyFloat extends PyObject {
  constructor(readonly v: number) {
    super();
  }
}

export class PyComplex extends PyObject {
  constructor(readonly re: number, readonly im: number) {
    super();
  }
}
