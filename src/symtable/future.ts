// `from __future__ import ...` at the top of a module (Python/future.c future_parse).
// CPython runs this before the symtable, and its errors come out of symtable.symtable()
// too. The only feature that changes scope analysis is `annotations`: annotations are then
// analysed in throw-away blocks, so the names they mention bind nothing anywhere.
import { CompileError } from "../ast/syntax-error.js";
import type { Expression, ImportFrom, Interactive, Module, stmt } from "../ast/nodes.js";
import { FUTURE_BRACES, FUTURE_LATE, FUTURE_NOT_DEFINED, syntaxErrorAt } from "./errors.js";

/** Features whose import is accepted; all but these raise "future feature X is not defined". */
const KNOWN = new Set([
  "nested_scopes", "generators", "division", "absolute_import", "with_statement",
  "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
]);

export interface FutureFeatures {
  /** every feature named by the leading future imports */
  readonly features: ReadonlySet<string>;
  /** `from __future__ import annotations`: annotations are kept as strings */
  readonly annotations: boolean;
  /** line of the last future import, 0 when there is none (ff_lineno) */
  readonly lineno: number;
}

const isDocString = (s: stmt): boolean => s._type === "Expr" && s.value._type === "Constant" && typeof s.value.value === "string";

/** The future features of a module, or the CompileError future.c raises. */
export function futureFeatures(mod: Module | Expression | Interactive, filename: string): FutureFeatures {
  const features = new Set<string>();
  let lineno = 0;
  let done = false;
  let prevLine = 0;
  // eval() input has no statements, hence no future imports
  const body = mod._type === "Expression" ? [] : mod.body;
  for (let i = body.length > 0 && isDocString(body[0]!) ? 1 : 0; i < body.length; i++) {
    const s = body[i]!;
    // After the first ordinary statement only statements on the same line are looked at:
    // that is where future.c itself reports a late future import; later lines are left to
    // the compiler.
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type === "ImportFrom" && s.module === "__future__") {
      if (done) throw new CompileError("SyntaxError", FUTURE_LATE, s.lineno, s.col_offset, s.lineno, null, null, filename);
      checkFeatures(s, features, filename);
      lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return { features, annotations: features.has("annotations"), lineno };
}

/** future.c future_check_features */
function checkFeatures(s: ImportFrom, features: Set<string>, filename: string): void {
  // future.c gives a line and a column only (PyErr_SyntaxLocationObject)
  const at = { lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.lineno, end_col_offset: null };
  for (const alias of s.names) {
    if (KNOWN.has(alias.name)) features.add(alias.name);
    else if (alias.name === "braces") throw syntaxErrorAt(FUTURE_BRACES, at, filename);
    else throw syntaxErrorAt(FUTURE_NOT_DEFINED(alias.name), at, filename);
  }
}
