// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING set on a class after its creation, by
// registering it with a collections.abc ABC that carries one (CPython's
// _abc._abc_register → set_collection_flag_recursive: the class and its subclasses
// get that flag and lose the other). rt.ts patmaKind reads it before anything else.
import type { PyType } from "./type.js";

/** 1: Sequence, 2: Mapping */
export const patmaMarks = new WeakMap<PyType, number>();
