// Patterns of the match statement (python.gram "Match statement" section, PEP 634).
import type { expr, MatchAs, pattern } from "../ast/nodes.js";
import { Token, TokType } from "../tokenizer/token.js";
import { KEYWORDS } from "./base.js";
import { BIN_OPS, LOAD, UNARY_OPS } from "./singletons.js";
import { StringParser } from "./strings.js";

export abstract class PatternParser extends StringParser {
  /** patterns: open_sequence_pattern | pattern */
  protected patterns(): pattern {
    const s = this.peek();
    const first = this.maybeStarPattern();
    if (!this.isOp(",")) {
      if (first._type === "MatchStar") this.fail();
      return first;
    }
    const items = [first];
    while (this.eatOp(",")) {
      if (this.isOp(":") || this.isKw("if")) break;
      items.push(this.maybeStarPattern());
    }
    return this.fin({ _type: "MatchSequence", patterns: items } as pattern, s);
  }

  private maybeStarPattern(): pattern {
    const s = this.peek();
    if (s.type === TokType.OP && s.value === "*") {
      this.next();
      const t = this.expectName();
      const name = t.value === "_" ? null : this.ident(t);
      return this.fin({ _type: "MatchStar", name } as pattern, s);
    }
    return this.pattern();
  }

  /** pattern: or_pattern ['as' NAME] */
  protected pattern(): pattern {
    const s = this.peek();
    const p = this.orPattern();
    if (this.eatKw("as")) {
      const t = this.peek();
      if (t.type !== TokType.NAME || t.value === "_" || !this.isName()) {
        if (t.type === TokType.NAME && t.value === "_") this.raiseAtToken("cannot use '_' as a target", t);
        // invalid_as_pattern: `'as' !NAME expression`
        const e = this.tryPass2(() => this.expression());
        if (e) this.raiseAtNode("invalid pattern target", e);
        this.fail();
      }
      this.next();
      return this.fin({ _type: "MatchAs", pattern: p, name: this.ident(t) } as MatchAs, s);
    }
    return p;
  }

  private orPattern(): pattern {
    const s = this.peek();
    const first = this.closedPattern();
    if (!this.isOp("|")) return first;
    const patterns = [first];
    while (this.eatOp("|")) patterns.push(this.closedPattern());
    return this.fin({ _type: "MatchOr", patterns } as pattern, s);
  }

  private closedPattern(): pattern {
    const s = this.peek();
    if (s.type === TokType.NAME) {
      if (s.value === "None" || s.value === "True" || s.value === "False") {
        this.next();
        const value = s.value === "None" ? null : s.value === "True";
        return this.fin({ _type: "MatchSingleton", value } as pattern, s);
      }
      if (!this.isName()) this.fail();
      // capture, wildcard, value (dotted name) or class pattern
      this.next();
      let e: expr = this.nameNode(s, LOAD);
      let dotted = false;
      while (this.isOp(".")) {
        this.next();
        const a = this.expectName();
        e = this.fin({ _type: "Attribute", value: e, attr: this.ident(a), ctx: LOAD } as expr, s);
        dotted = true;
      }
      if (this.isOp("(")) return this.classPattern(e, s);
      if (dotted) return this.fin({ _type: "MatchValue", value: e } as pattern, s);
      if (s.value === "_") return this.fin({ _type: "MatchAs", pattern: null, name: null } as MatchAs, s);
      return this.fin({ _type: "MatchAs", pattern: null, name: this.ident(s) } as MatchAs, s);
    }
    if (s.type === TokType.NUMBER || s.type === TokType.STRING || (s.type === TokType.OP && s.value === "-")) {
      const value = this.literalExpr();
      return this.fin({ _type: "MatchValue", value } as pattern, s);
    }
    if (s.type === TokType.OP) {
      if (s.value === "(") {
        this.next();
        if (this.eatOp(")")) return this.fin({ _type: "MatchSequence", patterns: [] as pattern[] } as pattern, s);
        const first = this.maybeStarPattern();
        if (this.eatOp(")")) {
          if (first._type === "MatchStar") return this.fin({ _type: "MatchSequence", patterns: [first] } as pattern, s);
          return first; // group_pattern
        }
        const items = [first];
        while (this.eatOp(",")) {
          if (this.isOp(")")) break;
          items.push(this.maybeStarPattern());
        }
        this.expectOp(")");
        return this.fin({ _type: "MatchSequence", patterns: items } as pattern, s);
      }
      if (s.value === "[") {
        this.next();
        const items: pattern[] = [];
        while (!this.isOp("]")) {
          items.push(this.maybeStarPattern());
          if (!this.eatOp(",")) break;
        }
        this.expectOp("]");
        return this.fin({ _type: "MatchSequence", patterns: items } as pattern, s);
      }
      if (s.value === "{") return this.mappingPattern();
    }
    this.fail();
  }

  /** literal_expr: signed numbers, complex numbers and strings */
  private literalExpr(): expr {
    const s = this.peek();
    if (s.type === TokType.STRING) {
      return this.strings(); // f-strings are rejected by the compiler, not the parser
    }
    let real = this.signedNumber();
    if (this.isOp("+") || this.isOp("-")) {
      const op = this.next().value;
      const n = this.peek();
      if (n.type !== TokType.NUMBER) this.fail();
      const imag = this.atom();
      // complex_number: the grammar actions _PyPegen_ensure_real / _ensure_imaginary
      const realNum = real._type === "UnaryOp" ? real.operand : real;
      if (isComplexConst(realNum)) this.raiseAtNode("real number required in complex literal", realNum);
      if (!isComplexConst(imag)) this.raiseAtNode("imaginary number required in complex literal", imag);
      real = this.fin({ _type: "BinOp", left: real, op: BIN_OPS[op], right: imag } as expr, s);
    }
    return real;
  }

  private signedNumber(): expr {
    const s = this.peek();
    if (s.type === TokType.OP && s.value === "-") {
      this.next();
      if (this.peek().type !== TokType.NUMBER) this.fail();
      const operand = this.atom();
      return this.fin({ _type: "UnaryOp", op: UNARY_OPS["-"], operand } as expr, s);
    }
    if (s.type !== TokType.NUMBER) this.fail();
    return this.atom();
  }

  private mappingPattern(): pattern {
    const s = this.next();
    const keys: expr[] = [];
    const patterns: pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp("}")) {
      if (this.eatOp("**")) {
        if (this.isKw("_")) this.fail();
        const t = this.expectName();
        rest = this.ident(t);
        this.eatOp(",");
        break;
      }
      const k = this.peek();
      let key: expr;
      if (k.type === TokType.NAME && k.value !== "None" && k.value !== "True" && k.value !== "False") {
        this.next();
        key = this.nameNode(k, LOAD);
        if (!this.isOp(".")) this.fail();
        while (this.eatOp(".")) {
          const a = this.expectName();
          key = this.fin({ _type: "Attribute", value: key, attr: this.ident(a), ctx: LOAD } as expr, k);
        }
      } else if (k.type === TokType.NAME) {
        this.next();
        key = this.fin({ _type: "Constant", value: k.value === "None" ? null : k.value === "True", kind: null } as expr, k);
      } else key = this.literalExpr();
      this.expectOp(":");
      keys.push(key);
      patterns.push(this.pattern());
      if (!this.eatOp(",")) break;
    }
    this.expectOp("}");
    return this.fin({ _type: "MatchMapping", keys, patterns, rest } as pattern, s);
  }

  private classPattern(cls: expr, s: Token): pattern {
    this.next();
    const patterns: pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: pattern[] = [];
    while (!this.isOp(")")) {
      const t = this.peek();
      if (t.type === TokType.NAME && !KEYWORDS.has(t.value) && this.peekAt(1).type === TokType.OP && this.peekAt(1).value === "=") {
        this.pos += 2;
        kwdAttrs.push(this.ident(t));
        kwdPatterns.push(this.pattern());
      } else {
        const p = this.pattern();
        if (kwdAttrs.length) this.raiseAtNode("positional patterns follow keyword patterns", p);
        patterns.push(p);
      }
      if (!this.eatOp(",")) break;
    }
    this.expectOp(")");
    return this.fin({ _type: "MatchClass", cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns } as pattern, s);
  }
}

function isComplexConst(e: expr): boolean {
  const v = e._type === "Constant" ? e.value : null;
  return v !== null && typeof v === "object" && v.kind === "complex";
}
