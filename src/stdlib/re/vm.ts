// The backtracking matcher. It never recurses: choice points and register undo
// records live on one explicit stack (4 numbers per entry), so long inputs cannot
// overflow the JavaScript stack. Semantics follow sre (Modules/_sre/sre_lib.h) as
// documented and observed: leftmost match, alternatives and repeats tried in priority
// order, a complex repeat stops iterating when an iteration matched empty.
import { At } from "./ast.js";
import { foldA, foldU } from "./casefold.js";
import { isWordA, isWordU } from "./charset.js";
import { LookKind, Op, OP_SIZE, type Program } from "./program.js";
import { raise } from "../../runtime/raise.js";

// backtrack stack entry tags
const T_CHOICE = 0; // a=pc, b=pos
const T_UNDO = 1; // a=register, b=old value
const T_ATOMIC = 2; // barrier of an atomic group
const T_LOOKPOS = 3; // barrier of a positive lookaround; b=saved pos
const T_LOOKNEG = 4; // barrier of a negative lookaround; a=pc after it, b=saved pos
const T_GREEDY1 = 5; // a=continuation pc, b=next position to try, c=lowest position
const T_LAZY1 = 6; // a=pc of the Simple instruction, b=position reached, c=limit
const T_LAZYRPT = 7; // a=pc of the RptLazy instruction, b=pos

export const enum Mode {
  Match,
  FullMatch,
}

/** Limit on backtrack-stack entries (x4 numbers): beyond it the match raises
 * MemoryError-like RecursionError instead of exhausting the process. */
const STACK_LIMIT = 4 * 50_000_000;

export class Matcher {
  regs: Int32Array;
  private stk: number[] = [];
  /** a search may skip the rest of a failed start's leading run (leadRun) */
  private readonly leadOp: number;
  private readonly leadArg: number;
  constructor(readonly prog: Program) {
    this.regs = new Int32Array(prog.nregs);
    const lead = leadRun(prog.code);
    this.leadOp = lead < 0 ? -1 : prog.code[lead + 4];
    this.leadArg = lead < 0 ? 0 : prog.code[lead + 5];
    this.fcStr = prog.firstChar >= 0 && prog.firstChar < 0xd800 ? String.fromCharCode(prog.firstChar) : "";
  }
  private readonly fcStr: string;

  /** Search from `pos` (Mode.Match tries only at pos). Returns the match end or -1;
   * the match start is in `this.start`, the groups in `this.regs`. */
  start = 0;
  /** an empty match starting here is refused (finditer after an empty match) */
  noEmptyAt = -1;
  /** `text`: the subject as a str when its code points are its UTF-16 units (the
   * first-literal scan then uses indexOf) */
  search(input: ArrayLike<number>, pos: number, end: number, anchoredAtPos: boolean, mode: Mode, text: string | null = null): number {
    const prog = this.prog;
    if (anchoredAtPos) return this.tryAt(input, pos, end, mode);
    if (prog.anchored) {
      // only the real start of the string can match \A or ^ (without MULTILINE)
      return pos === 0 ? this.tryAt(input, 0, end, mode) : -1;
    }
    const fc = prog.firstChar;
    const first = prog.first;
    for (let s = pos; s <= end; s++) {
      if (fc >= 0) {
        if (text !== null && fc < 0xd800) {
          const pre = prog.prefix;
          const i = text.indexOf(pre !== "" ? pre : this.fcStr, s);
          if (i < 0 || i + (pre !== "" ? pre.length : 1) > end) return -1;
          s = i;
        } else {
          while (s < end && input[s] !== fc) s++;
          if (s >= end) return -1;
        }
      } else if (first !== null) {
        while (s < end && !first(input[s])) s++;
        if (s >= end) return -1;
      }
      const r = this.tryAt(input, s, end, mode);
      if (r >= 0) return r;
      if (this.leadOp >= 0) {
        const e = matchRun(this.leadOp, this.leadArg, prog.tests, input, s, end);
        if (e > s + 1) s = e - 1;
      }
    }
    return -1;
  }

  private tryAt(input: ArrayLike<number>, s: number, end: number, mode: Mode): number {
    const regs = this.regs;
    regs.fill(-1);
    this.start = s;
    return this.run(input, s, end, mode);
  }

  private run(input: ArrayLike<number>, startPos: number, end: number, mode: Mode): number {
    const prog = this.prog;
    const code = prog.code;
    const tests = prog.tests;
    const regs = this.regs;
    const stk = this.stk;
    const LI = prog.lastIndexReg;
    let sp = 0;
    let pc = 0;
    let pos = startPos;
    for (;;) {
      // each case either continues (success) or breaks to the backtracking below
      switch (code[pc]) {
        case Op.Match:
          if (mode === Mode.FullMatch && pos !== end) break;
          if (pos === startPos && startPos === this.noEmptyAt) break;
          return pos;
        case Op.Char:
          if (pos < end && input[pos] === code[pc + 1]) {
            pos++;
            pc += 2;
            continue;
          }
          break;
        case Op.CharIU:
          if (pos < end && foldU(input[pos]) === code[pc + 1]) {
            pos++;
            pc += 2;
            continue;
          }
          break;
        case Op.CharIA:
          if (pos < end && foldA(input[pos]) === code[pc + 1]) {
            pos++;
            pc += 2;
            continue;
          }
          break;
        case Op.Any:
          if (pos < end && input[pos] !== 10) {
            pos++;
            pc += 1;
            continue;
          }
          break;
        case Op.AnyAll:
          if (pos < end) {
            pos++;
            pc += 1;
            continue;
          }
          break;
        case Op.Set:
          if (pos < end && tests[code[pc + 1]](input[pos])) {
            pos++;
            pc += 2;
            continue;
          }
          break;
        case Op.Split:
          stk[sp] = T_CHOICE;
          stk[sp + 1] = code[pc + 2];
          stk[sp + 2] = pos;
          sp += 4;
          if (sp > STACK_LIMIT) overflow();
          pc = code[pc + 1];
          continue;
        case Op.SplitT:
          if (pos < end && firstOk(code[pc + 3], code[pc + 4], tests, input[pos])) {
            stk[sp] = T_CHOICE;
            stk[sp + 1] = code[pc + 2];
            stk[sp + 2] = pos;
            sp += 4;
            if (sp > STACK_LIMIT) overflow();
            pc = code[pc + 1];
          } else pc = code[pc + 2];
          continue;
        case Op.Jmp:
          pc = code[pc + 1];
          continue;
        case Op.Save: {
          const k = code[pc + 1];
          stk[sp] = T_UNDO;
          stk[sp + 1] = k;
          stk[sp + 2] = regs[k];
          sp += 4;
          regs[k] = pos;
          if (k & 1) {
            stk[sp] = T_UNDO;
            stk[sp + 1] = LI;
            stk[sp + 2] = regs[LI];
            sp += 4;
            regs[LI] = k >> 1;
          }
          if (sp > STACK_LIMIT) overflow();
          pc += 2;
          continue;
        }
        case Op.At:
          if (atOk(code[pc + 1], input, pos, end)) {
            pc += 2;
            continue;
          }
          break;
        case Op.Ref: {
          const g = code[pc + 1];
          const gs = regs[2 * g];
          const ge = regs[2 * g + 1];
          if (gs < 0 || ge < 0) break;
          const len = ge - gs;
          if (pos + len > end) break;
          const ic = code[pc + 2];
          let i = 0;
          if (ic === 0) {
            while (i < len && input[gs + i] === input[pos + i]) i++;
          } else if (ic === 1) {
            while (i < len && foldU(input[gs + i]) === foldU(input[pos + i])) i++;
          } else {
            while (i < len && foldA(input[gs + i]) === foldA(input[pos + i])) i++;
          }
          if (i < len) break;
          pos += len;
          pc += 3;
          continue;
        }
        case Op.RptInit: {
          const r = code[pc + 1];
          stk[sp] = T_UNDO;
          stk[sp + 1] = r;
          stk[sp + 2] = regs[r];
          stk[sp + 4] = T_UNDO;
          stk[sp + 5] = r + 1;
          stk[sp + 6] = regs[r + 1];
          sp += 8;
          if (sp > STACK_LIMIT) overflow();
          regs[r] = 0;
          regs[r + 1] = -1;
          pc += 2;
          continue;
        }
        case Op.RptGreedy: {
          const r = code[pc + 1];
          const c = regs[r];
          const max = code[pc + 3];
          if (c < code[pc + 2]) {
            sp = iterate(stk, sp, regs, r, c, pos);
            pc += 5;
            continue;
          }
          if ((max < 0 || c < max) && pos !== regs[r + 1]) {
            stk[sp] = T_CHOICE;
            stk[sp + 1] = code[pc + 4];
            stk[sp + 2] = pos;
            sp += 4;
            sp = iterate(stk, sp, regs, r, c, pos);
            if (sp > STACK_LIMIT) overflow();
            pc += 5;
            continue;
          }
          pc = code[pc + 4];
          continue;
        }
        case Op.RptLazy: {
          const r = code[pc + 1];
          const c = regs[r];
          const max = code[pc + 3];
          if (c < code[pc + 2]) {
            sp = iterate(stk, sp, regs, r, c, pos);
            pc += 5;
            continue;
          }
          if ((max < 0 || c < max) && pos !== regs[r + 1]) {
            stk[sp] = T_LAZYRPT;
            stk[sp + 1] = pc;
            stk[sp + 2] = pos;
            sp += 4;
            if (sp > STACK_LIMIT) overflow();
          }
          pc = code[pc + 4];
          continue;
        }
        case Op.Simple: {
          const min = code[pc + 1];
          const max = code[pc + 2];
          const kind = code[pc + 3];
          const op = code[pc + 4];
          const arg = code[pc + 5];
          const avail = end - pos;
          if (kind === 1) {
            // lazy: the minimum now, one more on each retry
            if (min > avail) break;
            const p = matchRun(op, arg, tests, input, pos, pos + min);
            if (p < pos + min) break;
            const limit = max < 0 || max > avail ? end : pos + max;
            if (p < limit) {
              stk[sp] = T_LAZY1;
              stk[sp + 1] = pc;
              stk[sp + 2] = p;
              stk[sp + 3] = limit;
              sp += 4;
              if (sp > STACK_LIMIT) overflow();
            }
            pos = p;
            pc += 6;
            continue;
          }
          const limit = max < 0 || max > avail ? end : pos + max;
          const p = matchRun(op, arg, tests, input, pos, limit);
          const lowest = pos + min;
          if (p < lowest) break;
          pc += 6;
          if (kind === 0 && p > lowest) {
            // greedy: remember the shorter lengths; skip those the next literal rules out
            let q = p;
            // group marks in between read no input: `(\w+)=` looks at the '='
            let nx = pc;
            while (code[nx] === Op.Save) nx += 2;
            const nop = code[nx];
            if (nop === Op.Char) {
              const nc = code[nx + 1];
              while (q >= lowest && (q >= end || input[q] !== nc)) q--;
              if (q < lowest) break;
            } else if (nop === Op.Set || nop === Op.CharIU || nop === Op.CharIA) {
              const na = code[nx + 1];
              while (q >= lowest && (q >= end || !firstOk(nop, na, tests, input[q]))) q--;
              if (q < lowest) break;
            }
            if (q > lowest) {
              stk[sp] = T_GREEDY1;
              stk[sp + 1] = pc;
              stk[sp + 2] = q - 1;
              stk[sp + 3] = lowest;
              sp += 4;
              if (sp > STACK_LIMIT) overflow();
            }
            pos = q;
            continue;
          }
          pos = p;
          continue;
        }
        case Op.AtomicStart:
          stk[sp] = T_ATOMIC;
          sp += 4;
          if (sp > STACK_LIMIT) overflow();
          pc += 1;
          continue;
        case Op.AtomicEnd:
          sp = cut(stk, sp, T_ATOMIC);
          pc += 1;
          continue;
        case Op.LookStart: {
          const kind = code[pc + 1];
          if (kind === LookKind.Ahead || kind === LookKind.NotAhead) {
            stk[sp] = kind === LookKind.Ahead ? T_LOOKPOS : T_LOOKNEG;
            stk[sp + 1] = code[pc + 3];
            stk[sp + 2] = pos;
            sp += 4;
            if (sp > STACK_LIMIT) overflow();
            pc += 4;
            continue;
          }
          const w = code[pc + 2];
          if (pos - w < 0) {
            // nothing fits before: a positive lookbehind fails, a negative one holds
            if (kind === LookKind.Behind) break;
            pc = code[pc + 3];
            continue;
          }
          stk[sp] = kind === LookKind.Behind ? T_LOOKPOS : T_LOOKNEG;
          stk[sp + 1] = code[pc + 3];
          stk[sp + 2] = pos;
          sp += 4;
          if (sp > STACK_LIMIT) overflow();
          pos -= w;
          pc += 4;
          continue;
        }
        case Op.LookEnd: {
          // find this lookaround's barrier
          let b = sp - 4;
          while (stk[b] !== T_LOOKPOS && stk[b] !== T_LOOKNEG) b -= 4;
          const saved = stk[b + 2];
          if (stk[b] === T_LOOKPOS) {
            sp = cutAt(stk, sp, b);
            pos = saved;
            pc += 1;
            continue;
          }
          // a negative lookaround whose body matched: undo it all, then fail
          while (sp > b + 4) {
            sp -= 4;
            if (stk[sp] === T_UNDO) regs[stk[sp + 1]] = stk[sp + 2];
          }
          sp = b;
          break;
        }
        case Op.Cond: {
          const g = code[pc + 1];
          if (regs[2 * g] >= 0 && regs[2 * g + 1] >= 0) pc += 3;
          else pc = code[pc + 2];
          continue;
        }
      }
      // ---- backtrack ----
      for (;;) {
        if (sp === 0) {
          return -1;
        }
        sp -= 4;
        const tag = stk[sp];
        if (tag === T_UNDO) {
          regs[stk[sp + 1]] = stk[sp + 2];
          continue;
        }
        if (tag === T_CHOICE) {
          pc = stk[sp + 1];
          pos = stk[sp + 2];
          break;
        }
        if (tag === T_GREEDY1) {
          let q = stk[sp + 2];
          const lowest = stk[sp + 3];
          pc = stk[sp + 1];
          let nx = pc;
          while (code[nx] === Op.Save) nx += 2;
          const nop = code[nx];
          if (nop === Op.Char) {
            const nc = code[nx + 1];
            while (q >= lowest && (q >= end || input[q] !== nc)) q--;
            if (q < lowest) continue;
          } else if (nop === Op.Set || nop === Op.CharIU || nop === Op.CharIA) {
            const na = code[nx + 1];
            while (q >= lowest && (q >= end || !firstOk(nop, na, tests, input[q]))) q--;
            if (q < lowest) continue;
          }
          if (q > lowest) {
            stk[sp + 2] = q - 1;
            sp += 4;
          }
          pos = q;
          break;
        }
        if (tag === T_LAZY1) {
          const ipc = stk[sp + 1];
          let p = stk[sp + 2];
          const limit = stk[sp + 3];
          const iop = code[ipc + 4];
          const iarg = code[ipc + 5];
          // one more item each time; lengths after which the next literal (past any
          // group marks) cannot follow are skipped
          let nx = ipc + 6;
          while (code[nx] === Op.Save) nx += 2;
          const nc = code[nx] === Op.Char ? code[nx + 1] : -1;
          let ok = false;
          for (;;) {
            if (matchRun(iop, iarg, tests, input, p, p + 1) !== p + 1) break;
            p++;
            if (nc < 0 || (p < end && input[p] === nc)) {
              ok = true;
              break;
            }
            if (p >= limit) break;
          }
          if (!ok) continue;
          if (p < limit) {
            stk[sp + 2] = p;
            sp += 4;
          }
          pos = p;
          pc = ipc + 6;
          break;
        }
        if (tag === T_LAZYRPT) {
          const ipc = stk[sp + 1];
          pos = stk[sp + 2];
          const r = code[ipc + 1];
          sp = iterate(stk, sp, regs, r, regs[r], pos);
          pc = ipc + 5;
          break;
        }
        if (tag === T_LOOKNEG) {
          // the body of a negative lookaround failed: the assertion holds
          pc = stk[sp + 1];
          pos = stk[sp + 2];
          break;
        }
        // T_ATOMIC, T_LOOKPOS: their body failed; keep failing
      }
    }
  }
}

/** The pc of a greedy or lazy unbounded single-character repeat (min >= 1) that
 * starts every match (after group marks), when nothing after it depends on where the
 * match started (no backreference or group condition). Then a start s that failed
 * after a run s..e of such characters rules out every start inside the run: each tries
 * the same continuations at a subset of the same positions. -1 otherwise. */
function leadRun(code: Int32Array): number {
  let pc = 0;
  while (code[pc] === Op.Save) pc += 2;
  if (code[pc] !== Op.Simple || code[pc + 1] < 1 || code[pc + 2] >= 0 || code[pc + 3] > 1) return -1;
  const lead = pc;
  for (pc = 0; pc < code.length; pc += OP_SIZE[code[pc]]) {
    if (code[pc] === Op.Ref || code[pc] === Op.Cond) return -1;
  }
  return lead;
}

function overflow(): never {
  // a Python exception: matching runs under Pattern methods, outside compile's
  // translation of engine errors
  return raise("RecursionError", "maximum recursion limit exceeded");
}

/** Start one more iteration of complex repeat r (count c) at pos, logging the writes. */
function iterate(stk: number[], sp: number, regs: Int32Array, r: number, c: number, pos: number): number {
  stk[sp] = T_UNDO;
  stk[sp + 1] = r;
  stk[sp + 2] = c;
  stk[sp + 4] = T_UNDO;
  stk[sp + 5] = r + 1;
  stk[sp + 6] = regs[r + 1];
  regs[r] = c + 1;
  regs[r + 1] = pos;
  return sp + 8;
}

/** Drop the choice points above the nearest barrier of kind `tag` (and the barrier),
 * keeping undo records so that later backtracking still restores registers. */
function cut(stk: number[], sp: number, tag: number): number {
  let b = sp - 4;
  while (stk[b] !== tag) b -= 4;
  return cutAt(stk, sp, b);
}
function cutAt(stk: number[], sp: number, b: number): number {
  let w = b;
  for (let i = b + 4; i < sp; i += 4) {
    if (stk[i] === T_UNDO) {
      stk[w] = T_UNDO;
      stk[w + 1] = stk[i + 1];
      stk[w + 2] = stk[i + 2];
      w += 4;
    }
  }
  return w;
}

/** Whether character c passes a single-character instruction (SplitT's guard). */
function firstOk(op: number, arg: number, tests: ((c: number) => boolean)[], c: number): boolean {
  switch (op) {
    case Op.Char:
      return c === arg;
    case Op.CharIU:
      return foldU(c) === arg;
    case Op.CharIA:
      return foldA(c) === arg;
    case Op.Set:
      return tests[arg](c);
  }
  return true;
}

/** Match single-character items from pos while < limit; returns where it stopped. */
function matchRun(op: number, arg: number, tests: ((c: number) => boolean)[], input: ArrayLike<number>, pos: number, limit: number): number {
  let p = pos;
  switch (op) {
    case Op.Char:
      while (p < limit && input[p] === arg) p++;
      return p;
    case Op.CharIU:
      while (p < limit && foldU(input[p]) === arg) p++;
      return p;
    case Op.CharIA:
      while (p < limit && foldA(input[p]) === arg) p++;
      return p;
    case Op.Any:
      while (p < limit && input[p] !== 10) p++;
      return p;
    case Op.AnyAll:
      return limit;
    case Op.Set: {
      const t = tests[arg];
      while (p < limit && t(input[p])) p++;
      return p;
    }
  }
  return p;
}

function atOk(kind: number, input: ArrayLike<number>, pos: number, end: number): boolean {
  switch (kind as At) {
    case At.Beginning:
    case At.BeginningString:
      return pos === 0;
    case At.BeginningLine:
      return pos === 0 || input[pos - 1] === 10;
    case At.End:
      return pos === end || (pos === end - 1 && input[pos] === 10);
    case At.EndLine:
      return pos === end || input[pos] === 10;
    case At.EndString:
      return pos === end;
    case At.Boundary:
    case At.NonBoundary:
    case At.BoundaryA:
    case At.NonBoundaryA: {
      if (end === 0) return false;
      const w = kind === At.Boundary || kind === At.NonBoundary ? isWordU : isWordA;
      const before = pos > 0 && w(input[pos - 1]);
      const after = pos < end && w(input[pos]);
      return kind === At.Boundary || kind === At.BoundaryA ? before !== after : before === after;
    }
  }
  return false;
}
