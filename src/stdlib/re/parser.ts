// The parser of Python's regular-expression syntax (the job of CPython's
// Lib/re/_parser.py, written here from the documentation and from python3's observed
// behaviour). Input is the pattern as code points; positions in errors are code-point
// indices, as re.error.pos reports them.
import { At, Flag, MAXREPEAT, RegexOtherError, RegexSyntaxError, RepKind, type Node, type Parsed } from "./ast.js";
import { Cat, type CharSet } from "./charset.js";
import { caseVariantsA, caseVariantsU } from "./casefold.js";
import { strIsidentifier } from "../../runtime/text/str-case.js";
import { lookupUnicodeName } from "../../parser/unicode-names.js";

const MAX_DEPTH = 1000;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isOct = (c: number): boolean => c >= 0x30 && c <= 0x37;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isAsciiAlnum = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isVerboseSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
const ch = String.fromCodePoint;

/** Flag letters of inline groups, with their bits. */
const FLAG_LETTERS: Record<string, number> = {
  a: Flag.ASCII,
  i: Flag.IGNORECASE,
  L: Flag.LOCALE,
  m: Flag.MULTILINE,
  s: Flag.DOTALL,
  u: Flag.UNICODE,
  x: Flag.VERBOSE,
};
const TYPE_FLAGS = Flag.ASCII | Flag.LOCALE | Flag.UNICODE;

/** A class item while a [...] is being read: a single character or a category. */
type ClassItem = { c: number; cat: 0 } | { c: -1; cat: number };

export class Parser {
  private p = 0;
  private groups = 1;
  private groupindex = new Map<string, number>();
  private openGroups = new Set<number>();
  private groupWidths: ([number, number] | undefined)[] = [];
  private grouprefpos = new Map<number, number>();
  private lookbehindGroups: number | null = null;
  private lookbehinds: Extract<Node, { t: "look" }>[] = [];
  private depth = 0;
  private flags: number;

  constructor(
    private readonly s: ArrayLike<number>,
    private readonly isBytes: boolean,
    flags: number,
  ) {
    this.flags = flags;
  }

  private err(msg: string, pos: number | null = this.p): never {
    throw new RegexSyntaxError(msg, pos);
  }
  private text(a: number, b: number): string {
    let out = "";
    for (let i = a; i < b && i < this.s.length; i++) out += ch(this.s[i]);
    return out;
  }
  private peek(): number {
    return this.p < this.s.length ? this.s[this.p] : -1;
  }
  private eat(c: number): boolean {
    if (this.peek() === c) {
      this.p++;
      return true;
    }
    return false;
  }

  parse(): Parsed {
    const root = this.parseAlt(true);
    if (this.p < this.s.length) {
      // only a stray ')' can stop the top level early
      this.err("unbalanced parenthesis");
    }
    for (const [g, pos] of this.grouprefpos) if (g >= this.groups) this.err(`invalid group reference ${g}`, pos);
    for (const lb of this.lookbehinds) {
      const [lo, hi] = this.width(lb.body);
      if (lo !== hi) this.err("look-behind requires fixed-width pattern", null);
      lb.width = lo;
    }
    return { root, groups: this.groups - 1, groupindex: this.groupindex, flags: this.flags };
  }

  private icMode(): 0 | 1 | 2 {
    if (!(this.flags & Flag.IGNORECASE)) return 0;
    return this.isBytes || this.flags & (Flag.ASCII | Flag.LOCALE) ? 2 : 1;
  }
  private asciiMode(): boolean {
    return this.isBytes || (this.flags & (Flag.ASCII | Flag.LOCALE)) !== 0;
  }
  private lit(c: number): Node {
    let ic = this.icMode();
    if (ic !== 0) {
      const vs = ic === 1 ? caseVariantsU(c) : caseVariantsA(c);
      if (vs.length === 1) ic = 0;
    }
    return { t: "lit", c, ic };
  }
  private catSet(cat: number): Node {
    return { t: "set", set: { neg: false, ranges: [], cats: cat, ic: false, ascii: this.asciiMode() } };
  }

  /** branch ('|' branch)* — stops at ')' or the end. `top` is the outermost level. */
  private parseAlt(top: boolean): Node {
    if (++this.depth > MAX_DEPTH) throw new RegexOtherError("RecursionError", "maximum recursion depth exceeded");
    const alts: Node[] = [this.parseSeq(top, true)];
    while (this.eat(0x7c)) alts.push(this.parseSeq(top, false));
    this.depth--;
    return alts.length === 1 ? alts[0] : { t: "alt", alts };
  }

  private skipVerbose(): void {
    for (;;) {
      const c = this.peek();
      if (c === -1) return;
      if (isVerboseSpace(c)) this.p++;
      else if (c === 0x23) {
        while (this.p < this.s.length && this.s[this.p] !== 0x0a) this.p++;
      } else return;
    }
  }

  private parseSeq(top: boolean, firstBranch: boolean): Node {
    const items: Node[] = [];
    for (;;) {
      if (this.flags & Flag.VERBOSE) this.skipVerbose();
      const c = this.peek();
      if (c === -1 || c === 0x7c || c === 0x29) break;
      const start = this.p;
      this.p++;
      switch (c) {
        case 0x5b: // [
          items.push(this.parseClass(start));
          break;
        case 0x2e: // .
          items.push({ t: "any", all: (this.flags & Flag.DOTALL) !== 0 });
          break;
        case 0x5e: // ^
          items.push({ t: "at", k: this.flags & Flag.MULTILINE ? At.BeginningLine : At.Beginning });
          break;
        case 0x24: // $
          items.push({ t: "at", k: this.flags & Flag.MULTILINE ? At.EndLine : At.End });
          break;
        case 0x28: {
          // (
          const g = this.parseGroup(start, top && firstBranch && items.length === 0);
          if (g !== null) items.push(g);
          break;
        }
        case 0x2a: // *
        case 0x2b: // +
        case 0x3f: // ?
          this.repeat(items, start, c === 0x2a ? 0 : c === 0x2b ? 1 : 0, c === 0x3f ? 1 : MAXREPEAT);
          break;
        case 0x7b: {
          // {
          const r = this.braces();
          if (r === null) items.push(this.lit(c));
          else this.repeat(items, start, r[0], r[1]);
          break;
        }
        case 0x5c: // backslash
          items.push(this.escape(start));
          break;
        default:
          items.push(this.lit(c));
      }
    }
    return items.length === 1 ? items[0] : { t: "seq", items };
  }

  /** `{m,n}` after the '{': the bounds, or null (and no input used) when it is a literal. */
  private braces(): [number, number] | null {
    const save = this.p;
    let lo = "";
    let hi = "";
    while (isDigit(this.peek())) lo += ch(this.s[this.p++]);
    let comma = false;
    if (this.eat(0x2c)) {
      comma = true;
      while (isDigit(this.peek())) hi += ch(this.s[this.p++]);
    } else hi = lo;
    if ((lo === "" && !comma) || !this.eat(0x7d)) {
      this.p = save;
      return null;
    }
    let min = 0;
    let max = MAXREPEAT;
    if (lo !== "") {
      const v = Number(lo);
      if (v >= MAXREPEAT) throw new RegexOtherError("OverflowError", "the repetition number is too large");
      min = v;
    }
    if (hi !== "") {
      const v = Number(hi);
      if (v >= MAXREPEAT) throw new RegexOtherError("OverflowError", "the repetition number is too large");
      max = v;
      if (max < min) this.err("min repeat greater than max repeat", save);
    }
    return [min, max];
  }

  private repeat(items: Node[], start: number, min: number, max: number): void {
    const last = items.length ? items[items.length - 1] : undefined;
    if (last === undefined || last.t === "at") this.err("nothing to repeat", start);
    if (last.t === "rep") this.err("multiple repeat", start);
    let kind = RepKind.Greedy;
    if (this.eat(0x3f)) kind = RepKind.Lazy;
    else if (this.eat(0x2b)) kind = RepKind.Possessive;
    items[items.length - 1] = { t: "rep", body: last, min, max, kind };
  }

  // ---- escapes -------------------------------------------------------------

  /** An escape outside a class; `start` is the backslash. */
  private escape(start: number): Node {
    const c = this.peek();
    if (c === -1) this.err("bad escape (end of pattern)", start);
    this.p++;
    switch (c) {
      case 0x41: // A
        return { t: "at", k: At.BeginningString };
      case 0x5a: // Z
        return { t: "at", k: At.EndString };
      case 0x62: // b
        return { t: "at", k: this.asciiMode() ? At.BoundaryA : At.Boundary };
      case 0x42: // B
        return { t: "at", k: this.asciiMode() ? At.NonBoundaryA : At.NonBoundary };
      case 0x64:
        return this.catSet(Cat.Digit);
      case 0x44:
        return this.catSet(Cat.NotDigit);
      case 0x73:
        return this.catSet(Cat.Space);
      case 0x53:
        return this.catSet(Cat.NotSpace);
      case 0x77:
        return this.catSet(Cat.Word);
      case 0x57:
        return this.catSet(Cat.NotWord);
    }
    if (isDigit(c)) {
      if (c === 0x30) return this.lit(this.octal(start, 1));
      // three octal digits make an octal escape; otherwise one or two digits are a group
      if (isDigit(this.peek())) {
        const d2 = this.s[this.p];
        if (isOct(c) && isOct(d2) && this.p + 1 < this.s.length && isOct(this.s[this.p + 1])) {
          return this.lit(this.octal(start, 1));
        }
        this.p++;
        return this.backref(Number(ch(c) + ch(d2)), start, this.p);
      }
      return this.backref(c - 0x30, start, this.p);
    }
    const v = this.commonEscape(c, start);
    return this.lit(v);
  }

  /** Octal digits after a backslash at `start`: the one at start+1 is consumed already
   * when `have` is 1; reads up to three in all. */
  private octal(start: number, have: number): number {
    let n = have;
    while (n < 3 && isOct(this.peek())) {
      this.p++;
      n++;
    }
    const v = parseInt(this.text(start + 1, this.p), 8);
    if (v > 0o377) this.err(`octal escape value ${this.text(start, this.p)} outside of range 0-0o377`, start);
    return v;
  }

  private backref(n: number, start: number, end: number): Node {
    if (n < this.groups) {
      if (this.openGroups.has(n)) this.err("cannot refer to an open group", start);
      this.checkLookbehindRef(n, end);
      return { t: "ref", n, ic: this.icMode() };
    }
    return this.err(`invalid group reference ${n}`, start + 1);
  }

  private checkLookbehindRef(n: number, pos: number): void {
    if (this.lookbehindGroups !== null && n >= this.lookbehindGroups) {
      this.err("cannot refer to group defined in the same lookbehind subpattern", pos);
    }
  }

  /** Escapes with the same meaning in and out of classes: control characters, \x \u
   * \U \N, escaped punctuation; ASCII letters and digits left are errors. */
  private commonEscape(c: number, start: number): number {
    switch (c) {
      case 0x61:
        return 7;
      case 0x66:
        return 12;
      case 0x6e:
        return 10;
      case 0x72:
        return 13;
      case 0x74:
        return 9;
      case 0x76:
        return 11;
      case 0x5c:
        return 0x5c;
      case 0x78:
        return this.hexEscape(start, 2);
      case 0x75:
        if (!this.isBytes) return this.hexEscape(start, 4);
        break;
      case 0x55:
        if (!this.isBytes) return this.hexEscape(start, 8);
        break;
      case 0x4e:
        if (!this.isBytes) return this.namedEscape(start);
        break;
      default:
        if (!isAsciiAlnum(c)) return c;
    }
    return this.err(`bad escape ${this.text(start, start + 2)}`, start);
  }

  private hexEscape(start: number, n: number): number {
    let i = 0;
    while (i < n && isHex(this.peek())) {
      this.p++;
      i++;
    }
    const txt = this.text(start, this.p);
    if (i < n) this.err(`incomplete escape ${txt}`, start);
    const v = parseInt(txt.slice(2), 16);
    if (v > 0x10ffff) this.err(`bad escape ${txt}`, start);
    return v;
  }

  private namedEscape(start: number): number {
    if (!this.eat(0x7b)) this.err("missing {");
    const nameStart = this.p;
    while (this.p < this.s.length && this.s[this.p] !== 0x7d) this.p++;
    if (this.p === nameStart) this.err("missing character name", nameStart);
    if (this.p >= this.s.length) this.err("missing }, unterminated name", nameStart);
    const name = this.text(nameStart, this.p);
    this.p++;
    const v = lookupUnicodeName(name);
    if (v === null) this.err(`undefined character name '${name}'`, start);
    return v;
  }

  // ---- classes ---------------------------------------------------------------

  private parseClass(start: number): Node {
    const set: CharSet = { neg: false, ranges: [], cats: 0, ic: this.icMode() !== 0, ascii: this.asciiMode() };
    if (this.eat(0x5e)) set.neg = true;
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === -1) this.err("unterminated character set", start);
      if (c === 0x5d && !first) {
        this.p++;
        break;
      }
      first = false;
      const itemStart = this.p;
      const lo = this.classItem();
      const loLen = this.tokLen(itemStart);
      if (this.peek() === 0x2d && this.p + 1 < this.s.length && this.s[this.p + 1] !== 0x5d) {
        this.p++;
        const hiStart = this.p;
        const hi = this.classItem();
        const hiLen = this.tokLen(hiStart);
        if (lo.cat !== 0 || hi.cat !== 0 || lo.c > hi.c) {
          const msg = `bad character range ${this.text(itemStart, itemStart + loLen)}-${this.text(hiStart, hiStart + hiLen)}`;
          this.err(msg, this.p - (loLen + 1 + hiLen));
        }
        set.ranges.push(lo.c, hi.c);
      } else if (lo.cat !== 0) set.cats |= lo.cat;
      else set.ranges.push(lo.c, lo.c);
    }
    return { t: "set", set };
  }

  /** sre's tokens are one character or a backslash and one character. */
  private tokLen(start: number): number {
    return this.s[start] === 0x5c ? 2 : 1;
  }

  private classItem(): ClassItem {
    const start = this.p;
    const c = this.s[this.p++];
    if (c !== 0x5c) return { c, cat: 0 };
    const e = this.peek();
    if (e === -1) this.err("unterminated character set", start - 1);
    this.p++;
    switch (e) {
      case 0x64:
        return { c: -1, cat: Cat.Digit };
      case 0x44:
        return { c: -1, cat: Cat.NotDigit };
      case 0x73:
        return { c: -1, cat: Cat.Space };
      case 0x53:
        return { c: -1, cat: Cat.NotSpace };
      case 0x77:
        return { c: -1, cat: Cat.Word };
      case 0x57:
        return { c: -1, cat: Cat.NotWord };
      case 0x62:
        return { c: 8, cat: 0 };
    }
    if (isOct(e)) return { c: this.octal(start, 1), cat: 0 };
    return { c: this.commonEscape(e, start), cat: 0 };
  }

  // ---- groups ------------------------------------------------------------------

  /** After '(' at `start`. Returns null for groups that produce nothing (comments,
   * global flags). `canHaveGlobalFlags`: nothing has been parsed before it. */
  private parseGroup(start: number, canHaveGlobalFlags: boolean): Node | null {
    if (!this.eat(0x3f)) {
      const n = this.openGroup(null, start);
      const body = this.parseAlt(false);
      return this.closeGroup(n, body, start);
    }
    const c = this.peek();
    if (c === -1) this.err("unexpected end of pattern");
    this.p++;
    switch (c) {
      case 0x3a: // (?:
        return this.finishSub(start, this.parseAlt(false));
      case 0x3e: // (?>
        return { t: "atomic", body: this.finishSub(start, this.parseAlt(false)) };
      case 0x3d: // (?=
      case 0x21: // (?!
        return { t: "look", body: this.finishSub(start, this.parseAlt(false)), behind: false, neg: c === 0x21 };
      case 0x3c: {
        // (?<= (?<!
        const d = this.peek();
        if (d === -1) this.err("unexpected end of pattern");
        if (d !== 0x3d && d !== 0x21) this.err(`unknown extension ?<${ch(d)}`, start + 1);
        this.p++;
        const outer = this.lookbehindGroups;
        if (outer === null) this.lookbehindGroups = this.groups;
        const body = this.finishSub(start, this.parseAlt(false));
        this.lookbehindGroups = outer;
        const node: Extract<Node, { t: "look" }> = { t: "look", body, behind: true, neg: d === 0x21 };
        this.lookbehinds.push(node);
        return node;
      }
      case 0x23: // (?# comment
        while (this.p < this.s.length && this.s[this.p] !== 0x29) this.p++;
        if (this.p >= this.s.length) this.err("missing ), unterminated comment", start);
        this.p++;
        return null;
      case 0x50: {
        // (?P
        const d = this.peek();
        if (d === -1) this.err("unexpected end of pattern");
        this.p++;
        if (d === 0x3c) {
          const name = this.groupName(0x3e, "missing >, unterminated name");
          const n = this.openGroup(name.name, name.pos);
          const body = this.parseAlt(false);
          return this.closeGroup(n, body, start);
        }
        if (d === 0x3d) {
          const name = this.groupName(0x29, "missing ), unterminated name");
          const n = this.groupindex.get(name.name);
          if (n === undefined) this.err(`unknown group name '${name.name}'`, name.pos);
          if (this.openGroups.has(n)) this.err("cannot refer to an open group", name.pos);
          this.checkLookbehindRef(n, this.p);
          return { t: "ref", n, ic: this.icMode() };
        }
        return this.err(`unknown extension ?P${ch(d)}`, start + 1);
      }
      case 0x28: // (?( conditional
        return this.conditional(start);
    }
    if (c in FLAG_LETTERS_BY_CODE || c === 0x2d) {
      this.p--;
      return this.flagGroup(start, canHaveGlobalFlags);
    }
    return this.err(`unknown extension ?${ch(c)}`, start + 1);
  }

  private finishSub(start: number, body: Node): Node {
    if (!this.eat(0x29)) this.err("missing ), unterminated subpattern", start);
    // a group around a repeat may itself be repeated: keep it from looking like one
    return body.t === "rep" ? { t: "seq", items: [body] } : body;
  }

  private openGroup(name: string | null, namePos: number): number {
    const n = this.groups++;
    if (name !== null) {
      const old = this.groupindex.get(name);
      if (old !== undefined) this.err(`redefinition of group name '${name}' as group ${n}; was group ${old}`, namePos);
      this.groupindex.set(name, n);
    }
    this.openGroups.add(n);
    return n;
  }

  private closeGroup(n: number, body: Node, start: number): Node {
    this.finishSub(start, body);
    this.openGroups.delete(n);
    this.groupWidths[n] = this.width(body);
    return { t: "group", n, body };
  }

  /** A group name up to `end`; validated as an identifier. */
  private groupName(end: number, unterminated: string): { name: string; pos: number } {
    const pos = this.p;
    while (this.p < this.s.length && this.s[this.p] !== end) this.p++;
    if (this.p >= this.s.length) {
      if (this.p === pos) this.err("missing group name", pos);
      this.err(unterminated, pos);
    }
    const name = this.text(pos, this.p);
    this.p++;
    if (name === "") this.err("missing group name", pos);
    if (!strIsidentifier(name)) this.err(`bad character in group name '${name}'`, pos);
    return { name, pos };
  }

  private conditional(start: number): Node {
    const pos = this.p;
    while (this.p < this.s.length && this.s[this.p] !== 0x29) this.p++;
    if (this.p >= this.s.length) {
      if (this.p === pos) this.err("missing group name", pos);
      this.err("missing ), unterminated name", pos);
    }
    const name = this.text(pos, this.p);
    this.p++;
    if (name === "") this.err("missing group name", pos);
    let n: number;
    if (strIsidentifier(name)) {
      const g = this.groupindex.get(name);
      if (g === undefined) this.err(`unknown group name '${name}'`, pos);
      n = g;
    } else if (/^[0-9]+$/.test(name)) {
      n = Number(name);
      if (n === 0) this.err("bad group number", pos);
      if (n >= 1073741823) this.err(`invalid group reference ${n}`, pos);
      if (n >= this.groups && !this.grouprefpos.has(n)) this.grouprefpos.set(n, pos);
    } else return this.err(`bad character in group name '${name}'`, pos);
    this.checkLookbehindRef(n, this.p);
    if (++this.depth > MAX_DEPTH) throw new RegexOtherError("RecursionError", "maximum recursion depth exceeded");
    const yes = this.parseSeq(false, false);
    let no: Node | null = null;
    if (this.eat(0x7c)) {
      no = this.parseSeq(false, false);
      if (this.peek() === 0x7c) this.err("conditional backref with more than two branches");
    }
    this.depth--;
    if (!this.eat(0x29)) this.err("missing ), unterminated subpattern", start);
    return { t: "cond", n, yes, no };
  }

  private flagGroup(start: number, canHaveGlobalFlags: boolean): Node | null {
    let add = 0;
    let del = 0;
    // letters to turn on
    for (;;) {
      const c = this.peek();
      if (c === -1) this.err("missing -, : or )");
      const bit = FLAG_LETTERS_BY_CODE[c];
      if (bit === undefined) break;
      this.p++;
      if (this.isBytes ? bit === Flag.UNICODE : bit === Flag.LOCALE) {
        this.err(`bad inline flags: cannot use '${ch(c)}' flag with a ${this.isBytes ? "bytes" : "str"} pattern`);
      }
      add |= bit;
      if ((add & TYPE_FLAGS) & ((add & TYPE_FLAGS) - 1)) this.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
    }
    let c = this.peek();
    if (c === 0x29) {
      // global flags
      this.p++;
      if (!canHaveGlobalFlags) this.err("global flags not at the start of the expression", start);
      if (add & TYPE_FLAGS) this.flags &= ~TYPE_FLAGS;
      this.flags |= add;
      return null;
    }
    if (c === 0x2d) {
      this.p++;
      if (this.peek() === -1) this.err("missing flag");
      for (;;) {
        const d = this.peek();
        const bit = d === -1 ? undefined : FLAG_LETTERS_BY_CODE[d];
        if (bit === undefined) {
          if (d !== -1 && d < 0x80 && /[A-Za-z]/.test(ch(d))) this.err("unknown flag");
          break;
        }
        this.p++;
        if (bit & TYPE_FLAGS) this.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        del |= bit;
      }
      if (del === 0) this.err("missing flag");
      if (add & del) this.err("bad inline flags: flag turned on and off");
      c = this.peek();
      if (c !== 0x3a) this.err("missing :");
    } else if (c !== 0x3a) {
      if (c !== -1 && (c < 0x80 && /[A-Za-z]/.test(ch(c)))) this.err("unknown flag");
      this.err("missing -, : or )");
    }
    this.p++;
    const saved = this.flags;
    if (add & TYPE_FLAGS) this.flags &= ~TYPE_FLAGS;
    this.flags = (this.flags | add) & ~del;
    const body = this.parseAlt(false);
    this.flags = saved;
    return this.finishSub(start, body);
  }

  /** (min, max) width of a node in characters (sre getwidth), max capped at MAXREPEAT. */
  width(n: Node): [number, number] {
    switch (n.t) {
      case "lit":
      case "any":
      case "set":
        return [1, 1];
      case "seq": {
        let lo = 0;
        let hi = 0;
        for (const it of n.items) {
          const [a, b] = this.width(it);
          lo += a;
          hi = Math.min(MAXREPEAT, hi + b);
        }
        return [Math.min(lo, MAXREPEAT), hi];
      }
      case "alt": {
        let lo = Infinity;
        let hi = 0;
        for (const it of n.alts) {
          const [a, b] = this.width(it);
          lo = Math.min(lo, a);
          hi = Math.max(hi, b);
        }
        return [lo, hi];
      }
      case "group":
      case "atomic":
        return this.width(n.body);
      case "rep": {
        const [a, b] = this.width(n.body);
        return [Math.min(MAXREPEAT, a * n.min), Math.min(MAXREPEAT, b * n.max)];
      }
      case "look":
      case "at":
        return [0, 0];
      case "ref":
        return this.groupWidths[n.n] ?? [0, MAXREPEAT];
      case "cond": {
        const [a, b] = this.width(n.yes);
        const [c, d] = n.no ? this.width(n.no) : [0, 0];
        return [Math.min(a, c), Math.max(b, d)];
      }
    }
  }
}

const FLAG_LETTERS_BY_CODE: Record<number, number> = {};
for (const [k, v] of Object.entries(FLAG_LETTERS)) FLAG_LETTERS_BY_CODE[k.charCodeAt(0)] = v;

/** Parse a pattern given as code points (str) or bytes. */
export function parsePattern(src: ArrayLike<number>, isBytes: boolean, flags: number): Parsed {
  return new Parser(src, isBytes, flags).parse();
}
