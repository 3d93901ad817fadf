// The SyntaxErrors scope analysis raises, worded as CPython 3.11's symtable.c and
// future.c word them. Positions: CPython reports col_offset + 1 of the node it blames.
import { CompileError } from "../ast/syntax-error.js";

export const GLOBAL_PARAM = (n: string) => `name '${n}' is parameter and global`;
export const NONLOCAL_PARAM = (n: string) => `name '${n}' is parameter and nonlocal`;
export const GLOBAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before global declaration`;
export const NONLOCAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before nonlocal declaration`;
export const GLOBAL_AFTER_USE = (n: string) => `name '${n}' is used prior to global declaration`;
export const NONLOCAL_AFTER_USE = (n: string) => `name '${n}' is used prior to nonlocal declaration`;
export const GLOBAL_ANNOT = (n: string) => `annotated name '${n}' can't be global`;
export const NONLOCAL_ANNOT = (n: string) => `annotated name '${n}' can't be nonlocal`;
export const NONLOCAL_AND_GLOBAL = (n: string) => `name '${n}' is nonlocal and global`;
export const NONLOCAL_AT_MODULE = "nonlocal declaration not allowed at module level";
export const NONLOCAL_NO_BINDING = (n: string) => `no binding for nonlocal '${n}' found`;
export const IMPORT_STAR_WARNING = "import * only allowed at module level";
export const DUPLICATE_ARGUMENT = (n: string) => `duplicate argument '${n}' in function definition`;
export const NAMED_EXPR_COMP_IN_CLASS = "assignment expression within a comprehension cannot be used in a class body";
export const NAMED_EXPR_COMP_CONFLICT = (n: string) => `assignment expression cannot rebind comprehension iteration variable '${n}'`;
export const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = (n: string) => `comprehension inner loop cannot rebind assignment expression target '${n}'`;
export const NAMED_EXPR_COMP_ITER_EXPR = "assignment expression cannot be used in a comprehension iterable expression";
export const ANNOTATION_NOT_ALLOWED = (what: string) => `'${what}' can not be used within an annotation`;
export const FUTURE_LATE = "from __future__ imports must occur at the beginning of the file";
export const FUTURE_NOT_DEFINED = (f: string) => `future feature ${f} is not defined`;
export const FUTURE_BRACES = "not a chance";
export const RECURSION = "maximum recursion depth exceeded during compilation";

/** Anything with a position, as AST nodes have. */
export interface Span {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}

/** A SyntaxError located at `span` the way PyErr_RangedSyntaxLocationObject does it. */
export function syntaxErrorAt(msg: string, span: Span, filename: string): CompileError {
  const endLineno = span.end_lineno ?? null;
  const endOffset = span.end_col_offset === null || span.end_col_offset === undefined ? null : span.end_col_offset + 1;
  return new CompileError("SyntaxError", msg, span.lineno, span.col_offset + 1, endLineno, endOffset, null, filename);
}
