// Private name mangling (compile.c _Py_Mangle): inside class `Cls`, an identifier
// `__x` means `_Cls__x`. Applied to every name the symtable records, so symbols are
// stored mangled, exactly as CPython's symtable module shows them.

/** `name` as written inside the class named `privateName` (null outside any class). */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  // Dunder names stay as they are; a dotted name only comes from an import of a package.
  if (name.endsWith("__") || name.includes(".")) return name;
  // Leading underscores of the class name are dropped; a class named only `_` mangles nothing.
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}
