// pycell's side of the code-object comparison: for every scope, the fields CPython's code
// object takes from the symtable, as the text lines scripts/symtable_ref.py writes
// (name|varnames|cellvars|freevars|argcount|posonlyargcount|kwonlyargcount|flags).
import type { ScopeEntry, SymbolTable } from "../../src/symtable/index.js";
import { compareCodePoints } from "../../src/symtable/code-names.js";

const CO_VARARGS = 0x4;
const CO_VARKEYWORDS = 0x8;
const CO_NESTED = 0x10;
const CO_GENERATOR = 0x20;
const CO_COROUTINE = 0x80;
const CO_ASYNC_GENERATOR = 0x200;

const CODE_NAMES: Record<string, string> = { top: "<module>", lambda: "<lambda>", listcomp: "<listcomp>", setcomp: "<setcomp>", dictcomp: "<dictcomp>", genexpr: "<genexpr>" };

/** the co_name CPython gives the scope's code object */
export function coName(ste: ScopeEntry): string {
  const t = ste.node._type;
  return t === "FunctionDef" || t === "AsyncFunctionDef" || t === "ClassDef" ? ste.name : CODE_NAMES[ste.name]!;
}

/** compile.c compute_code_flags, the part that comes from the symtable */
function coFlags(ste: ScopeEntry): number {
  if (ste.type !== "function") return 0;
  let flags = 0;
  if (ste.nested) flags |= CO_NESTED;
  if (ste.isGenerator && !ste.isCoroutine) flags |= CO_GENERATOR;
  if (!ste.isGenerator && ste.isCoroutine) flags |= CO_COROUTINE;
  if (ste.isGenerator && ste.isCoroutine) flags |= CO_ASYNC_GENERATOR;
  if (ste.hasVarargs) flags |= CO_VARARGS;
  if (ste.hasVarkeywords) flags |= CO_VARKEYWORDS;
  return flags;
}

export function codeLines(table: SymbolTable): string {
  const lines: string[] = [];
  const walk = (ste: ScopeEntry) => {
    lines.push([coName(ste), ste.varnames.join(","), ste.cellvars.join(","), ste.freevars.join(","), ste.argcount, ste.posonlyargcount, ste.kwonlyargcount, coFlags(ste)].join("|"));
    ste.children.forEach(walk);
  };
  walk(table.top);
  return lines.sort(compareCodePoints).join("\n");
}
