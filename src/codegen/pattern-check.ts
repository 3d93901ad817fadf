// The SyntaxErrors CPython 3.11's compiler raises for match-statement patterns
// (Python/compile.c, the compiler_pattern_* family), and the names each case binds,
// in the order CPython stores them once the whole pattern has matched.
//
// Positions mirror compile.c: every pattern the compiler enters moves its current
// location there (SET_LOC) and nothing moves it back, so an error is reported at the
// last pattern node entered, which is not always the node the message is about.
import type * as A from "../ast/nodes.js";
import { CompileError } from "../ast/syntax-error.js";
import { bytesRepr, complexRepr, floatRepr, strRepr } from "../runtime/repr.js";
import { Span, syntaxErrorAt } from "../symtable/errors.js";

const VALUE_KINDS = "patterns may only match literals and attribute lookups";
const KEY_KINDS = "mapping pattern keys may only match literals and attribute lookups";

/** `_` (WILDCARD_CHECK) */
function isWildcard(p: A.pattern): boolean {
  return p._type === "MatchAs" && !p.pattern && !p.name;
}
/** `*_` (WILDCARD_STAR_CHECK) */
function isWildcardStar(p: A.pattern): boolean {
  return p._type === "MatchStar" && !p.name;
}

export class PatternChecker {
  private loc: Span = { lineno: 1, col_offset: 0 };
  /** names captured so far (pattern_context.stores) */
  private stores: string[] = [];
  /** may an irrefutable pattern appear here (pattern_context.allow_irrefutable) */
  private allowIrrefutable = true;

  constructor(private readonly filename: string) {}

  /** Checks one case's pattern (compiler_match_inner: irrefutable patterns must be
   * guarded or last) and returns the names it binds, in store order. */
  casePattern(p: A.pattern, allowIrrefutable: boolean): string[] {
    this.loc = p;
    this.stores = [];
    this.allowIrrefutable = allowIrrefutable;
    this.pattern(p);
    return this.stores;
  }

  private fail(msg: string): never {
    throw syntaxErrorAt(msg, this.loc, this.filename);
  }

  /** compiler_pattern */
  private pattern(p: A.pattern): void {
    this.loc = p;
    switch (p._type) {
      case "MatchValue":
        // after constant folding only Constant and Attribute are left (MATCH_VALUE_EXPR);
        // the parser only builds signed numbers and complex sums besides f-strings
        if (!["Constant", "Attribute", "UnaryOp", "BinOp"].includes(p.value._type)) this.fail(VALUE_KINDS);
        return;
      case "MatchSingleton":
        return;
      case "MatchAs":
        if (!p.pattern) {
          if (!this.allowIrrefutable) {
            if (p.name) this.fail(`name capture '${p.name}' makes remaining patterns unreachable`);
            this.fail("wildcard makes remaining patterns unreachable");
          }
        } else {
          this.pattern(p.pattern);
        }
        this.store(p.name ?? null);
        return;
      case "MatchStar":
        this.store(p.name ?? null);
        return;
      case "MatchSequence":
        return this.sequence(p);
      case "MatchMapping":
        return this.mapping(p);
      case "MatchClass":
        return this.klass(p);
      case "MatchOr":
        return this.or(p);
    }
  }

  /** compiler_pattern_subpattern: a sub-pattern may always be irrefutable */
  private subpattern(p: A.pattern): void {
    const allow = this.allowIrrefutable;
    this.allowIrrefutable = true;
    this.pattern(p);
    this.allowIrrefutable = allow;
  }

  /** pattern_helper_store_name */
  private store(name: string | null): void {
    if (name === null) return;
    if (name === "__debug__") this.fail("cannot assign to __debug__");
    if (this.stores.includes(name)) this.fail(`multiple assignments to name '${name}' in pattern`);
    this.stores.push(name);
  }

  /** compiler_pattern_sequence: sub-patterns that are all wildcards are never compiled */
  private sequence(p: A.MatchSequence): void {
    const pats = p.patterns;
    if (pats.filter((q) => q._type === "MatchStar").length > 1) this.fail("multiple starred names in sequence pattern");
    if (pats.every((q) => isWildcard(q) || isWildcardStar(q))) return;
    const starWildcard = pats.some(isWildcardStar);
    for (const q of pats) {
      if (starWildcard && (isWildcard(q) || isWildcardStar(q))) continue;
      this.subpattern(q);
    }
  }

  /** compiler_pattern_mapping: keys are checked before any sub-pattern */
  private mapping(p: A.MatchMapping): void {
    if (!p.keys.length && !p.rest) return;
    const seen = new Set<string>();
    for (const k of p.keys) {
      const key = constantKey(k);
      if (key !== null) {
        if (seen.has(key.id)) this.fail(`mapping pattern checks duplicate key (${key.repr})`);
        seen.add(key.id);
      } else if (k._type !== "Attribute") {
        this.fail(KEY_KINDS);
      }
    }
    for (const q of p.patterns) this.subpattern(q);
    this.store(p.rest ?? null);
  }

  /** compiler_pattern_class with validate_kwd_attrs */
  private klass(p: A.MatchClass): void {
    const attrs = p.kwd_attrs;
    attrs.forEach((a, i) => {
      this.loc = p.kwd_patterns[i];
      if (a === "__debug__") this.fail("cannot assign to __debug__");
      for (let j = i + 1; j < attrs.length; j++) {
        if (attrs[j] === a) {
          this.loc = p.kwd_patterns[j];
          this.fail(`attribute name repeated in class pattern: ${a}`);
        }
      }
    });
    if (attrs.length) this.loc = p;
    for (const q of [...p.patterns, ...p.kwd_patterns]) if (!isWildcard(q)) this.subpattern(q);
  }

  /** compiler_pattern_or: every alternative binds the same names; only the last
   * may be irrefutable */
  private or(p: A.MatchOr): void {
    const outer = this.stores;
    const allow = this.allowIrrefutable;
    let control: string[] | null = null;
    p.patterns.forEach((alt, i) => {
      this.loc = alt;
      this.stores = [];
      this.allowIrrefutable = i === p.patterns.length - 1 && allow;
      this.pattern(alt);
      if (control === null) control = this.stores;
      else if (this.stores.length !== control.length || !control.every((n) => this.stores.includes(n))) {
        this.fail("alternative patterns bind different names");
      }
    });
    this.stores = outer;
    this.allowIrrefutable = allow;
    for (const n of control ?? []) {
      if (this.stores.includes(n)) this.fail(`multiple assignments to name '${n}' in pattern`);
      this.stores.push(n);
    }
  }
}

/** A mapping key that constant folding turns into a Constant: its identity under
 * Python equality (1 == 1.0 == True, 0j == 0) and the repr of the folded value. */
function constantKey(k: A.expr): { id: string; repr: string } | null {
  const num = numberParts(k);
  if (num) {
    const { re, im, int, complex } = num;
    const id = im !== 0 ? `c:${re}:${im}` : int !== null ? `n:${int}` : Number.isInteger(re) ? `n:${BigInt(re)}` : `f:${re}`;
    if (complex) return { id, repr: complexRepr(re, im) };
    if (int !== null) return { id, repr: int.toString() };
    return { id, repr: Number.isFinite(re) ? floatRepr(re) : re > 0 ? "inf" : "-inf" };
  }
  if (k._type !== "Constant") return null;
  const v = k.value;
  if (v === null) return { id: "None", repr: "None" };
  if (typeof v === "boolean") return { id: `n:${v ? 1 : 0}`, repr: v ? "True" : "False" };
  if (typeof v === "string") return { id: `s:${v}`, repr: strRepr(v) };
  if (typeof v === "object" && v.kind === "bytes") return { id: `b:${Array.from(v.value).join(",")}`, repr: bytesRepr(v.value) };
  return null;
}

interface NumberParts {
  re: number;
  im: number;
  /** the exact value of an int literal */
  int: bigint | null;
  complex: boolean;
}

/** A numeric literal, possibly negated or a complex sum: the value the AST
 * optimizer folds it to. */
function numberParts(e: A.expr): NumberParts | null {
  if (e._type === "Constant") {
    const v = e.value;
    if (typeof v === "bigint") return { re: Number(v), im: 0, int: v, complex: false };
    if (v !== null && typeof v === "object" && v.kind === "float") return { re: v.value, im: 0, int: null, complex: false };
    if (v !== null && typeof v === "object" && v.kind === "complex") return { re: 0, im: v.imag, int: null, complex: true };
    return null;
  }
  if (e._type === "UnaryOp" && e.op._type === "USub") {
    const n = numberParts(e.operand);
    return n && { re: -n.re, im: -n.im, int: n.int === null ? null : -n.int, complex: n.complex };
  }
  if (e._type === "BinOp" && (e.op._type === "Add" || e.op._type === "Sub")) {
    const l = numberParts(e.left);
    const r = numberParts(e.right);
    if (!l || !r) return null;
    return { re: l.re, im: e.op._type === "Add" ? l.im + r.im : l.im - r.im, int: null, complex: true };
  }
  return null;
}
