// Parsed pattern (ast.ts) -> instructions (program.ts).
import { At, MAXREPEAT, RepKind, type Node, type Parsed } from "./ast.js";
import { compileSet, type CharTest } from "./charset.js";
import { foldA, foldU } from "./casefold.js";
import { LookKind, Op, OP_SIZE, type Program } from "./program.js";

class Emitter {
  code: number[] = [];
  tests: CharTest[] = [];
  repeats = 0;
  constructor(readonly groups: number) {}

  emit(...xs: number[]): number {
    const at = this.code.length;
    for (const x of xs) this.code.push(x);
    return at;
  }

  /** the single-character instruction for a node, or null */
  single(n: Node): [number, number] | null {
    switch (n.t) {
      case "lit":
        if (n.ic === 0) return [Op.Char, n.c];
        return n.ic === 1 ? [Op.CharIU, foldU(n.c)] : [Op.CharIA, foldA(n.c)];
      case "any":
        return [n.all ? Op.AnyAll : Op.Any, 0];
      case "set": {
        const s = n.set;
        if (!s.neg && s.cats === 0 && s.ranges.length === 2 && s.ranges[0] === s.ranges[1] && !s.ic) return [Op.Char, s.ranges[0]];
        this.tests.push(compileSet(s));
        return [Op.Set, this.tests.length - 1];
      }
      default:
        return null;
    }
  }

  /** A test every match of n must pass with its first character, or null when n can
   * match empty or start with anything. */
  firstTest(n: Node): CharTest | null {
    const f = firstNode(n);
    if (f !== null) {
      const [op, arg] = this.single(f)!;
      return opTest(op, arg, this.tests);
    }
    const alts = altsOf(n);
    if (alts === null) return null;
    const parts: CharTest[] = [];
    for (const a of alts) {
      const t = this.firstTest(a);
      if (t === null) return null;
      parts.push(t);
    }
    return unionTest(parts);
  }

  /** firstTest as a single-character instruction (SplitT's guard), or null. */
  firstOp(n: Node): [number, number] | null {
    const f = firstNode(n);
    if (f !== null) {
      const one = this.single(f)!;
      return one[0] === Op.Any || one[0] === Op.AnyAll ? null : one;
    }
    const t = this.firstTest(n);
    if (t === null) return null;
    this.tests.push(t);
    return [Op.Set, this.tests.length - 1];
  }

  node(n: Node): void {
    switch (n.t) {
      case "lit":
      case "any":
      case "set": {
        const [op, arg] = this.single(n)!;
        if (op === Op.Any || op === Op.AnyAll) this.emit(op);
        else this.emit(op, arg);
        return;
      }
      case "seq":
        for (const it of n.items) this.node(it);
        return;
      case "alt": {
        const jumps: number[] = [];
        for (let i = 0; i < n.alts.length; i++) {
          if (i < n.alts.length - 1) {
            const one = this.firstOp(n.alts[i]);
            const split = one !== null ? this.emit(Op.SplitT, 0, 0, one[0], one[1]) : this.emit(Op.Split, 0, 0);
            this.code[split + 1] = this.code.length;
            this.node(n.alts[i]);
            jumps.push(this.emit(Op.Jmp, 0));
            this.code[split + 2] = this.code.length;
          } else this.node(n.alts[i]);
        }
        for (const j of jumps) this.code[j + 1] = this.code.length;
        return;
      }
      case "group":
        this.emit(Op.Save, 2 * n.n);
        this.node(n.body);
        this.emit(Op.Save, 2 * n.n + 1);
        return;
      case "rep":
        this.repeat(n.body, n.min, n.max, n.kind);
        return;
      case "atomic":
        this.emit(Op.AtomicStart);
        this.node(n.body);
        this.emit(Op.AtomicEnd);
        return;
      case "look": {
        const kind = n.behind ? (n.neg ? LookKind.NotBehind : LookKind.Behind) : n.neg ? LookKind.NotAhead : LookKind.Ahead;
        const width = n.behind ? (n.width ?? 0) : 0;
        const at = this.emit(Op.LookStart, kind, width, 0);
        this.node(n.body);
        this.emit(Op.LookEnd);
        this.code[at + 3] = this.code.length;
        return;
      }
      case "ref":
        this.emit(Op.Ref, n.n, n.ic);
        return;
      case "cond": {
        const at = this.emit(Op.Cond, n.n, 0);
        this.node(n.yes);
        const j = this.emit(Op.Jmp, 0);
        this.code[at + 2] = this.code.length;
        if (n.no) this.node(n.no);
        this.code[j + 1] = this.code.length;
        return;
      }
      case "at":
        this.emit(Op.At, n.k);
        return;
    }
  }

  repeat(body: Node, min: number, max: number, kind: RepKind): void {
    if (max === 0) return;
    if (min === 1 && max === 1) {
      if (kind === RepKind.Possessive) {
        this.emit(Op.AtomicStart);
        this.node(body);
        this.emit(Op.AtomicEnd);
      } else this.node(body);
      return;
    }
    const one = this.single(body);
    if (one !== null) {
      this.emit(Op.Simple, min, max === MAXREPEAT ? -1 : max, kind, one[0], one[1]);
      return;
    }
    if (kind === RepKind.Possessive) this.emit(Op.AtomicStart);
    const r = this.repeats++;
    this.emit(Op.RptInit, r);
    const head = this.emit(kind === RepKind.Lazy ? Op.RptLazy : Op.RptGreedy, r, min, max === MAXREPEAT ? -1 : max, 0);
    this.node(body);
    this.emit(Op.Jmp, head);
    this.code[head + 4] = this.code.length;
    if (kind === RepKind.Possessive) this.emit(Op.AtomicEnd);
  }
}

/** A node every match must start with, for the search prefilter. */
function firstNode(n: Node): Node | null {
  switch (n.t) {
    case "lit":
    case "set":
      return n;
    case "seq": {
      // zero-width assertions (\b, ^ ...) do not move: the next item starts the match
      let i = 0;
      while (i < n.items.length && (n.items[i].t === "at" || n.items[i].t === "look")) i++;
      return i < n.items.length ? firstNode(n.items[i]) : null;
    }
    case "group":
    case "atomic":
      return firstNode(n.body);
    case "rep":
      return n.min >= 1 ? firstNode(n.body) : null;
    default:
      return null;
  }
}

/** The alternatives a node starts with (through groups and leading assertions). */
function altsOf(n: Node): Node[] | null {
  switch (n.t) {
    case "alt":
      return n.alts;
    case "seq": {
      let i = 0;
      while (i < n.items.length && (n.items[i].t === "at" || n.items[i].t === "look")) i++;
      return i < n.items.length ? altsOf(n.items[i]) : null;
    }
    case "group":
    case "atomic":
      return altsOf(n.body);
    case "rep":
      return n.min >= 1 ? altsOf(n.body) : null;
    default:
      return null;
  }
}

/** The character test of a single-character instruction (null for Any/AnyAll). */
function opTest(op: number, arg: number, tests: CharTest[]): CharTest | null {
  switch (op) {
    case Op.Char:
      return (x: number) => x === arg;
    case Op.CharIU:
      return (x: number) => foldU(x) === arg;
    case Op.CharIA:
      return (x: number) => foldA(x) === arg;
    case Op.Set:
      return tests[arg];
  }
  return null;
}

/** Any of the tests, with a table for the first 256 characters. */
function unionTest(parts: CharTest[]): CharTest {
  const table = new Uint8Array(256);
  for (let c = 0; c < 256; c++) {
    for (const t of parts) {
      if (t(c)) {
        table[c] = 1;
        break;
      }
    }
  }
  return (c: number) => {
    if (c < 256) return table[c] === 1;
    for (const t of parts) if (t(c)) return true;
    return false;
  };
}

function isAnchored(n: Node): boolean {
  switch (n.t) {
    case "at":
      return n.k === At.BeginningString || n.k === At.Beginning;
    case "seq":
      return n.items.length > 0 && isAnchored(n.items[0]);
    case "group":
    case "atomic":
      return isAnchored(n.body);
    default:
      return false;
  }
}

export function compile(parsed: Parsed): Program {
  const e = new Emitter(parsed.groups);
  e.node(parsed.root);
  e.emit(Op.Match);
  const nmarks = 2 * (parsed.groups + 1);
  const lastIndexReg = nmarks;
  // repeat registers follow: RptInit etc. address them as base + 2r
  const base = nmarks + 1;
  const code = Int32Array.from(e.code);
  relocateRepeats(code, base);
  let first: CharTest | null = null;
  let firstChar = -1;
  const f = firstNode(parsed.root);
  const fone = f !== null ? e.single(f)! : null;
  if (fone !== null && fone[0] === Op.Char) firstChar = fone[1];
  else first = fone !== null ? opTest(fone[0], fone[1], e.tests) : e.firstTest(parsed.root);
  return {
    code,
    tests: e.tests,
    groups: parsed.groups,
    nregs: base + 2 * e.repeats,
    lastIndexReg,
    anchored: isAnchored(parsed.root),
    first,
    firstChar,
    prefix: literalPrefix(parsed.root),
  };
}

/** The case-sensitive literal characters a pattern starts with (Program.prefix). */
function literalPrefix(root: Node): string {
  const items = root.t === "seq" ? root.items : [root];
  let out = "";
  for (const it of items) {
    if (it.t !== "lit" || it.ic !== 0 || it.c >= 0xd800) break;
    out += String.fromCharCode(it.c);
  }
  return out.length >= 2 ? out : "";
}

/** Repeat instructions carry a repeat number; turn it into a register index. */
function relocateRepeats(code: Int32Array, base: number): void {
  let pc = 0;
  while (pc < code.length) {
    const op = code[pc] as Op;
    if (op === Op.RptInit || op === Op.RptGreedy || op === Op.RptLazy) code[pc + 1] = base + 2 * code[pc + 1];
    pc += OP_SIZES[op];
  }
}
const OP_SIZES = OP_SIZE;
