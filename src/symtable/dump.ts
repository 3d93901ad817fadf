// The scope dump of /work/shared/tools/symtable_dump.py, byte for byte: what CPython's
// `symtable` module reports for every scope, depth first in source order. The flag
// words are the module's is_* predicates (Lib/symtable.py Symbol), computed the same way.
import type { ScopeEntry } from "./entry.js";
import { Scope, SymbolFlag } from "./flags.js";
import { compareCodePoints } from "./code-names.js";
import type { SymbolTable } from "./index.js";

const SCOPE_NAMES: Record<Scope, string> = {
  [Scope.NONE]: "NONE",
  [Scope.LOCAL]: "LOCAL",
  [Scope.GLOBAL_EXPLICIT]: "GLOBAL_EXPLICIT",
  [Scope.GLOBAL_IMPLICIT]: "GLOBAL_IMPLICIT",
  [Scope.FREE]: "FREE",
  [Scope.CELL]: "CELL",
};

/** The dump of every scope, ending with a newline, exactly as the reference tool prints it. */
export function dumpSymtable(table: SymbolTable): string {
  const out: string[] = [];
  dumpEntry(table.top, 0, out);
  return out.join("\n") + "\n";
}

function dumpEntry(ste: ScopeEntry, depth: number, out: string[]): void {
  const pad = "  ".repeat(depth);
  out.push(`${pad}${ste.type} ${ste.name} line ${ste.lineno}${ste.nested ? " nested" : ""}`);
  const childNames = new Set(ste.children.map((c) => c.name));
  for (const name of [...ste.symbols.keys()].sort(compareCodePoints)) {
    const flags = ste.flags(name);
    const scope = ste.scope(name);
    const words: string[] = [];
    if (flags & SymbolFlag.DEF_PARAM) words.push("parameter");
    if (flags & SymbolFlag.DEF_LOCAL) words.push("assigned");
    if (flags & SymbolFlag.USE) words.push("referenced");
    if (flags & SymbolFlag.DEF_IMPORT) words.push("imported");
    if (flags & SymbolFlag.DEF_NONLOCAL) words.push("nonlocal");
    if (scope === Scope.GLOBAL_EXPLICIT) words.push("declared_global");
    if (flags & SymbolFlag.DEF_ANNOT) words.push("annotated");
    // is_namespace: some child scope carries the same name (a def or class of that name)
    if (childNames.has(name)) words.push("namespace");
    out.push(`${pad}  ${name}: ${SCOPE_NAMES[scope]} ${words.join(" ")}`.trimEnd());
  }
  for (const child of ste.children) dumpEntry(child, depth + 1, out);
}
