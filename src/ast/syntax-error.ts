// A compile-time error found by the front end (tokenizer, parser, symtable).
// It carries what CPython's SyntaxError carries; the runtime turns it into a Python
// SyntaxError (or IndentationError / TabError) object.
export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class CompileError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    readonly msg: string,
    readonly lineno: number,
    /** 1-based column as CPython reports it (e.offset). */
    readonly offset: number,
    readonly endLineno: number | null = null,
    readonly endOffset: number | null = null,
    /** the source line, when known */
    readonly text: string | null = null,
    readonly filename: string = "<unknown>",
  ) {
    super(`${kind}: ${msg} (${lineno}:${offset})`);
  }
}

/** A SyntaxWarning (or DeprecationWarning) found while compiling, with the location the
 * SyntaxError gets when the warnings filters turn it into an error (offsets 1-based,
 * as SyntaxError.offset counts). */
export interface SourceWarning {
  category: string;
  message: string;
  lineno: number;
  offset?: number;
  endLineno?: number;
  endOffset?: number;
}

/** Warnings the tokenizer and parser emitted for a tree they built, for the compiler
 * to report first (tokenizer.c parser_warn runs before any compiler_warn). */
export const frontEndWarnings = new WeakMap<object, SourceWarning[]>();
