// PyType: Python's `type` objects, built-in and user-defined.
import { PyObject, type PyValue } from "./object.js";
import { c3Merge } from "./mro.js";

export class PyType extends PyObject {
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[] = [];
  /** the type's own namespace (`__dict__`): attribute names are always str */
  attrs = new Map<string, PyValue>();
  /** allocates a bare instance of `cls` (which is this type or a subclass): the
   * layout is inherited from the nearest built-in base */
  alloc: ((cls: PyType) => PyObject) | null = null;
  /** true for types defined by a class statement */
  heap = false;
  /** instances carry a `__dict__` */
  instDict = false;
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
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].attrs.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    return this.mro.includes(other);
  }
  computeMro(): void {
    this.mro = c3Merge(this);
  }
}
