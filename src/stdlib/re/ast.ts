// The parsed form of a regular expression (what sre_parse calls a SubPattern).
// Flags that change how a node matches are resolved at parse time and stored on the
// node, so scoped flags like (?i:...) need nothing at match time.
import type { CharSet } from "./charset.js";

/** Flag bits, as re.RegexFlag. */
export const enum Flag {
  TEMPLATE = 1,
  IGNORECASE = 2,
  LOCALE = 4,
  MULTILINE = 8,
  DOTALL = 16,
  UNICODE = 32,
  VERBOSE = 64,
  DEBUG = 128,
  ASCII = 256,
}

/** Zero-width assertions (sre AT_* codes). */
export const enum At {
  Beginning, // ^
  BeginningLine, // ^ with MULTILINE
  BeginningString, // \A
  End, // $
  EndLine, // $ with MULTILINE
  EndString, // \Z
  Boundary, // \b (Unicode)
  NonBoundary, // \B
  BoundaryA, // \b (ASCII)
  NonBoundaryA,
}

/** Repeat kinds: greedy, lazy (`*?`), possessive (`*+`). */
export const enum RepKind {
  Greedy,
  Lazy,
  Possessive,
}

export type Node =
  | { t: "lit"; c: number; ic: 0 | 1 | 2 } // ic: 0 exact, 1 Unicode fold, 2 ASCII fold
  | { t: "any"; all: boolean } // `.`, all=DOTALL
  | { t: "set"; set: CharSet }
  | { t: "seq"; items: Node[] }
  | { t: "alt"; alts: Node[] }
  | { t: "group"; n: number; body: Node }
  | { t: "rep"; body: Node; min: number; max: number; kind: RepKind }
  | { t: "atomic"; body: Node }
  | { t: "look"; body: Node; behind: boolean; neg: boolean; width?: number }
  | { t: "ref"; n: number; ic: 0 | 1 | 2 }
  | { t: "cond"; n: number; yes: Node; no: Node | null }
  | { t: "at"; k: At };

/** sre's MAXREPEAT: repeat counts must stay below it; it also means "no upper bound". */
export const MAXREPEAT = 4294967295;

export interface Parsed {
  root: Node;
  /** number of capturing groups */
  groups: number;
  groupindex: Map<string, number>;
  /** the final flags (the ones given plus global inline flags, plus UNICODE for str) */
  flags: number;
}

/** A syntax error in a pattern; the module layer turns it into re.error. */
export class RegexSyntaxError {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {}
}

/** Errors that CPython raises as other exception types (e.g. OverflowError). */
export class RegexOtherError {
  constructor(
    readonly kind: "OverflowError" | "ValueError" | "NotImplementedError" | "RecursionError",
    readonly msg: string,
  ) {}
}
