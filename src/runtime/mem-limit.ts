// Size limits of the host that must surface as Python's MemoryError.
//
// V8 aborts the whole process (a fatal "invalid size" error, not a catchable JS error)
// when a JS array grows past about 112 million elements, so every loop that collects an
// iterator into an array checks against MAX_ITEMS and raises MemoryError well before.
// CPython would instead run until malloc fails (PyErr_NoMemory): same exception type.
// Other host limits (string length, Map size, typed-array length) throw a RangeError,
// turned into MemoryError where generated code catches JS errors (rt.ts tb/caught).
import { raise } from "./raise.js";

/** The most items pycell collects into one array from an iterator: 2**26. */
export const MAX_ITEMS = 1 << 26;

export function tooManyItems(): never {
  return raise("MemoryError", "");
}

/** A RangeError thrown because an allocation exceeded one of V8's size limits. */
export function isHostSizeLimit(e: unknown): boolean {
  if (!(e instanceof RangeError)) return false;
  const m = e.message;
  return m.startsWith("Invalid array length") || m.startsWith("Invalid string length") || m.includes("maximum size exceeded") || m.startsWith("Invalid typed array length") || m.startsWith("Array buffer allocation failed") || m.startsWith("Invalid array buffer length");
}
