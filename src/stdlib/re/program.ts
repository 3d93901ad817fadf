// The compiled form of a regular expression: a flat instruction array run by vm.ts.
// One instruction is an opcode followed by its operands (see Op). Registers hold the
// group marks (2 per group, group 0 included but unused), the last-closed group
// (Match.lastindex) and two per complex repeat (iteration count, start position of the
// iteration), and every write to them is logged on the backtrack stack so that
// backtracking restores them.
import type { CharTest } from "./charset.js";

export const enum Op {
  /** success */
  Match,
  /** c: one exact character */
  Char,
  /** c: one character whose Unicode fold is c */
  CharIU,
  /** c: one character whose ASCII fold is c */
  CharIA,
  /** any character but '\n' */
  Any,
  /** any character */
  AnyAll,
  /** i: a character in tests[i] */
  Set,
  /** x, y: go to x; on failure, y */
  Split,
  /** x */
  Jmp,
  /** slot: record the position in a group mark */
  Save,
  /** kind: a zero-width assertion (ast.ts At) */
  At,
  /** group, ic: the text of a group again */
  Ref,
  /** r: start a complex repeat: count 0, no iteration start yet */
  RptInit,
  /** r, min, max, exit: loop head of a greedy complex repeat, body follows */
  RptGreedy,
  /** r, min, max, exit: loop head of a lazy complex repeat, body follows */
  RptLazy,
  /** min, max, kind, itemOp, itemArg: a repeat of one single-character item */
  Simple,
  /** start of an atomic group (or of a possessive repeat) */
  AtomicStart,
  /** end of an atomic group: drop its choice points */
  AtomicEnd,
  /** kind (LookKind), width, end: start of a lookaround */
  LookStart,
  /** end of a lookaround's body */
  LookEnd,
  /** group, no: go on if the group matched, else jump to no */
  Cond,
  /** x, y, op, arg: Split for an alternative that must start with one character
   * (op/arg as Char, CharIU, CharIA or Set): when the next character cannot start
   * it, go straight to y without a choice point (sre's branch literal check) */
  SplitT,
}

export const enum LookKind {
  Ahead,
  NotAhead,
  Behind,
  NotBehind,
}

/** Operand counts per opcode, for walking the code. */
export const OP_SIZE: readonly number[] = [1, 2, 2, 2, 1, 1, 2, 3, 2, 2, 2, 3, 2, 5, 5, 6, 1, 1, 4, 1, 3, 5];

export interface Program {
  code: Int32Array;
  tests: CharTest[];
  /** number of capturing groups */
  groups: number;
  nregs: number;
  /** register holding the last closed group */
  lastIndexReg: number;
  /** match only at the start position (\A or ^ without MULTILINE first) */
  anchored: boolean;
  /** a test every match's first character passes, when one is known */
  first: CharTest | null;
  /** a literal every match starts with, when one is known */
  firstChar: number;
  /** two or more literal BMP characters (no surrogates) every match starts with, as a
   * str for indexOf, or "" */
  prefix: string;
}
