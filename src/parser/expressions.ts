// Expressions: python.gram from `star_expressions` down to `atom`, plus arguments,
// slices, comprehensions, lambda parameters and assignment targets.
import type {
  arg, arguments as Arguments, Call, comprehension, Constant, expr, keyword, Name, Starred,
} from "../ast/nodes.js";
import { ELLIPSIS } from "../ast/constant.js";
import { CompileError } from "../ast/syntax-error.js";
import { Token, TokType } from "../tokenizer/token.js";
import { KEYWORDS, ParserBase, ParseFail } from "./base.js";
import { decimalLiteralTooLong, parseNumber } from "./numbers.js";
import { BIN_OPS, BOOL_OPS, CMP_OPS, DEL, LOAD, STORE, UNARY_OPS } from "./singletons.js";
import { exprName, invalidTarget, setContext, TargetsType } from "./targets.js";

/** token index where the last dictionary value started (for "Perhaps you forgot a comma?") */
let valuePos = 0;

/** keywords that may start an expression */
const EXPR_KEYWORDS = new Set(["True", "False", "None", "not", "lambda", "await"]);
const EXPR_OPS = new Set(["(", "[", "{", "-", "+", "~", "..."]);

export abstract class ExprParser extends ParserBase {
  /** f-string handling lives in strings.ts; it calls back into this parser */
  protected abstract strings(): expr;

  /** can the current token start an expression (not counting `*`)? */
  protected startsExpr(): boolean {
    const t = this.peek();
    switch (t.type) {
      case TokType.NAME: return !KEYWORDS.has(t.value) || EXPR_KEYWORDS.has(t.value);
      case TokType.NUMBER: case TokType.STRING: return true;
      case TokType.OP: return EXPR_OPS.has(t.value);
      default: return false;
    }
  }

  /** can the current token start an atom (and so a target)? */
  protected startsAtom(): boolean {
    const t = this.peek();
    switch (t.type) {
      case TokType.NAME: return !KEYWORDS.has(t.value) || t.value === "True" || t.value === "False" || t.value === "None";
      case TokType.NUMBER: case TokType.STRING: return true;
      case TokType.OP: return t.value === "(" || t.value === "[" || t.value === "{" || t.value === "...";
      default: return false;
    }
  }

  // ---- star_expressions, expressions ----------------------------------------------------

  /** star_expressions: a Tuple when there is a comma */
  starExpressions(): expr {
    const s = this.peek();
    const first = this.starExpression();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.startsExpr() && !this.isOp("*")) break;
      elts.push(this.starExpression());
    }
    return this.fin({ _type: "Tuple", elts, ctx: LOAD } as expr, s);
  }

  protected starExpression(): expr {
    if (this.isOp("*")) {
      const s = this.next();
      const value = this.bitwiseOr();
      return this.fin({ _type: "Starred", value, ctx: LOAD } as Starred, s);
    }
    return this.expression();
  }

  /** expressions: expression (',' expression)* [','] */
  protected expressions(): expr {
    const s = this.peek();
    const first = this.expression();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.startsExpr()) break;
      elts.push(this.expression());
    }
    return this.fin({ _type: "Tuple", elts, ctx: LOAD } as expr, s);
  }

  protected starNamedExpression(): expr {
    if (this.isOp("*")) {
      const s = this.next();
      const value = this.bitwiseOr();
      return this.fin({ _type: "Starred", value, ctx: LOAD } as Starred, s);
    }
    return this.namedExpression();
  }

  /** named_expression: NAME ':=' expression | expression !':=' */
  protected namedExpression(): expr {
    const s = this.peek();
    if (s.type === TokType.NAME && !KEYWORDS.has(s.value) && this.peekAt(1).type === TokType.OP && this.peekAt(1).value === ":=") {
      this.pos += 2;
      const target = this.nameNode(s, STORE);
      const value = this.expression();
      return this.fin({ _type: "NamedExpr", target, value } as expr, s);
    }
    const e = this.expression();
    if (this.isOp(":=")) this.raiseAtNode(`cannot use assignment expressions with ${exprName(e)}`, e);
    return e;
  }

  protected nameNode(t: Token, ctx: typeof LOAD | typeof STORE): Name {
    return { _type: "Name", id: this.ident(t), ctx, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
  }

  expression(): expr {
    const s = this.peek();
    if (s.type === TokType.NAME && s.value === "lambda") return this.lambdef();
    const body = this.disjunction();
    if (this.isKw("if")) {
      this.next();
      const test = this.disjunction();
      if (!this.eatKw("else")) {
        if (this.isOp(":")) this.fail();
        this.raiseRange("expected 'else' after 'if' expression", body, test);
      }
      const orelse = this.expression();
      return this.fin({ _type: "IfExp", test, body, orelse } as expr, s);
    }
    return body;
  }

  protected disjunction(): expr {
    const s = this.peek();
    const first = this.conjunction();
    if (!this.isKw("or")) return first;
    const values = [first];
    while (this.eatKw("or")) values.push(this.conjunction());
    return this.fin({ _type: "BoolOp", op: BOOL_OPS.or, values } as expr, s);
  }

  protected conjunction(): expr {
    const s = this.peek();
    const first = this.inversion();
    if (!this.isKw("and")) return first;
    const values = [first];
    while (this.eatKw("and")) values.push(this.inversion());
    return this.fin({ _type: "BoolOp", op: BOOL_OPS.and, values } as expr, s);
  }

  protected inversion(): expr {
    const s = this.peek();
    if (s.type === TokType.NAME && s.value === "not") {
      this.next();
      const operand = this.inversion();
      return this.fin({ _type: "UnaryOp", op: UNARY_OPS.not, operand } as expr, s);
    }
    return this.comparison();
  }

  /** the comparison operator at the current token, or null; consumes nothing */
  private cmpOp(): string | null {
    const t = this.peek();
    if (t.type === TokType.OP) {
      switch (t.value) {
        case "==": case "!=": case "<": case "<=": case ">": case ">=": return t.value;
      }
      return null;
    }
    if (t.type === TokType.NAME) {
      if (t.value === "in") return "in";
      if (t.value === "is") return this.peekAt(1).type === TokType.NAME && this.peekAt(1).value === "not" ? "is not" : "is";
      if (t.value === "not") {
        const n = this.peekAt(1);
        return n.type === TokType.NAME && n.value === "in" ? "not in" : null;
      }
    }
    return null;
  }

  protected comparison(): expr {
    const s = this.peek();
    const left = this.bitwiseOr();
    let op = this.cmpOp();
    if (op === null) return left;
    const ops = [];
    const comparators = [];
    while (op !== null) {
      this.pos += op === "is not" || op === "not in" ? 2 : 1;
      ops.push(CMP_OPS[op]);
      comparators.push(this.bitwiseOr());
      op = this.cmpOp();
    }
    return this.fin({ _type: "Compare", left, ops, comparators } as expr, s);
  }

  protected bitwiseOr(): expr {
    const s = this.peek();
    let left = this.bitwiseXor();
    while (this.isOp("|")) {
      this.next();
      const right = this.bitwiseXor();
      left = this.fin({ _type: "BinOp", left, op: BIN_OPS["|"], right } as expr, s);
    }
    return left;
  }

  private bitwiseXor(): expr {
    const s = this.peek();
    let left = this.bitwiseAnd();
    while (this.isOp("^")) {
      this.next();
      const right = this.bitwiseAnd();
      left = this.fin({ _type: "BinOp", left, op: BIN_OPS["^"], right } as expr, s);
    }
    return left;
  }

  private bitwiseAnd(): expr {
    const s = this.peek();
    let left = this.shiftExpr();
    while (this.isOp("&")) {
      this.next();
      const right = this.shiftExpr();
      left = this.fin({ _type: "BinOp", left, op: BIN_OPS["&"], right } as expr, s);
    }
    return left;
  }

  private shiftExpr(): expr {
    const s = this.peek();
    let left = this.sum();
    for (;;) {
      const t = this.peek();
      if (t.type !== TokType.OP || (t.value !== "<<" && t.value !== ">>")) return left;
      this.next();
      const right = this.sum();
      left = this.fin({ _type: "BinOp", left, op: BIN_OPS[t.value], right } as expr, s);
    }
  }

  private sum(): expr {
    const s = this.peek();
    let left = this.term();
    for (;;) {
      const t = this.peek();
      if (t.type !== TokType.OP || (t.value !== "+" && t.value !== "-")) return left;
      this.next();
      const right = this.term();
      left = this.fin({ _type: "BinOp", left, op: BIN_OPS[t.value], right } as expr, s);
    }
  }

  private term(): expr {
    const s = this.peek();
    let left = this.factor();
    for (;;) {
      const t = this.peek();
      if (t.type !== TokType.OP) return left;
      const v = t.value;
      if (v !== "*" && v !== "/" && v !== "//" && v !== "%" && v !== "@") return left;
      this.next();
      const right = this.factor();
      left = this.fin({ _type: "BinOp", left, op: BIN_OPS[v], right } as expr, s);
    }
  }

  private factor(): expr {
    const s = this.peek();
    if (s.type === TokType.OP && (s.value === "+" || s.value === "-" || s.value === "~")) {
      this.next();
      const operand = this.factor();
      return this.fin({ _type: "UnaryOp", op: UNARY_OPS[s.value], operand } as expr, s);
    }
    return this.power();
  }

  private power(): expr {
    const s = this.peek();
    const left = this.awaitPrimary();
    if (this.isOp("**")) {
      this.next();
      const right = this.factor();
      return this.fin({ _type: "BinOp", left, op: BIN_OPS["**"], right } as expr, s);
    }
    return left;
  }

  private awaitPrimary(): expr {
    const s = this.peek();
    if (s.type === TokType.NAME && s.value === "await") {
      this.next();
      const value = this.primary();
      return this.fin({ _type: "Await", value } as expr, s);
    }
    return this.primary();
  }

  /** primary: atom followed by `.name`, calls and subscripts */
  protected primary(): expr {
    const s = this.peek();
    let e = this.atom();
    for (;;) {
      const t = this.peek();
      if (t.type !== TokType.OP) return e;
      if (t.value === ".") {
        this.next();
        const name = this.expectName();
        e = this.fin({ _type: "Attribute", value: e, attr: this.ident(name), ctx: LOAD } as expr, s);
      } else if (t.value === "(") {
        e = this.call(e, s);
      } else if (t.value === "[") {
        this.next();
        const slice = this.slices();
        this.expectOp("]");
        e = this.fin({ _type: "Subscript", value: e, slice, ctx: LOAD } as expr, s);
      } else return e;
    }
  }

  // ---- atoms ------------------------------------------------------------------------

  protected atom(): expr {
    const t = this.peek();
    switch (t.type) {
      case TokType.NAME: {
        if (!KEYWORDS.has(t.value)) {
          this.next();
          return this.nameNode(t, LOAD);
        }
        let value: Constant["value"];
        if (t.value === "True") value = true;
        else if (t.value === "False") value = false;
        else if (t.value === "None") value = null;
        else this.fail();
        this.next();
        return this.fin({ _type: "Constant", value, kind: null } as Constant, t);
      }
      case TokType.NUMBER: {
        this.next();
        const tooLong = decimalLiteralTooLong(t.value);
        // reported without columns (a huge literal would make a wall of carets)
        if (tooLong !== null) throw new CompileError("SyntaxError", tooLong, t.lineno, 0, t.endLineno, 0, this.errorText(t.lineno), this.filename);
        return this.fin({ _type: "Constant", value: parseNumber(t.value), kind: null } as Constant, t);
      }
      case TokType.STRING:
        return this.strings();
      case TokType.OP:
        switch (t.value) {
          case "(": return this.parenAtom();
          case "[": return this.listAtom();
          case "{": return this.braceAtom();
          case "...":
            this.next();
            return this.fin({ _type: "Constant", value: ELLIPSIS, kind: null } as Constant, t);
        }
    }
    this.fail();
  }

  /** tuple | group | genexp */
  private parenAtom(): expr {
    const s = this.next();
    if (this.eatOp(")")) return this.fin({ _type: "Tuple", elts: [] as expr[], ctx: LOAD } as expr, s);
    if (this.isKw("yield")) {
      const y = this.yieldExpr();
      this.expectOp(")");
      this.parenthesized.add(y);
      return y;
    }
    if (this.isOp("**")) {
      // invalid_group: '(' '**' expression ')'
      const star = this.peek();
      const save = this.pos;
      this.tryPass2(() => {
        this.pos++;
        this.expression();
        if (this.isOp(")")) this.raiseAtToken("cannot use double starred expression here", star);
        this.fail();
      });
      this.pos = save;
    }
    const firstPos = this.pos;
    const first = this.starNamedExpression();
    if (this.isKw("for") || this.isKw("async")) {
      if (first._type === "Starred") this.raiseAtNode("iterable unpacking cannot be used in comprehension", first);
      const generators = this.forIfClauses();
      this.expectOp(")");
      return this.fin({ _type: "GeneratorExp", elt: first, generators } as expr, s);
    }
    if (this.eatOp(")")) {
      if (first._type === "Starred") this.raiseAtNode("cannot use starred expression here", first);
      this.parenthesized.add(first);
      return first;
    }
    if (!this.isOp(",")) this.missingComma(first, firstPos);
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp(")")) break;
      const at = this.pos;
      elts.push(this.starNamedExpression());
      if (!this.isOp(",") && !this.isOp(")")) this.missingComma(elts[elts.length - 1], at);
    }
    this.expectOp(")");
    return this.fin({ _type: "Tuple", elts, ctx: LOAD } as expr, s);
  }

  /** invalid_comprehension: `[a, b for ...]` */
  private comprehensionTarget(elts: expr[]): void {
    if (this.isKw("for") || this.isKw("async")) {
      this.raiseRange("did you forget parentheses around the comprehension target?", elts[0], elts[elts.length - 1]);
    }
  }

  /** invalid_named_expression at token index `at` (alternatives 2 and 3): `a = b` where a
   * comparison or walrus was meant. Raises or leaves the position unchanged. */
  protected invalidNamedExpression(at: number): void {
    const save = this.pos;
    try {
      this.pos = at;
      const t = this.peek();
      const n = this.peekAt(1);
      if (this.isName() && n.type === TokType.OP && n.value === "=") {
        this.pos += 2;
        const b = this.bitwiseOr();
        if (!this.isOp("=") && !this.isOp(":=")) {
          this.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol }, b);
        }
      }
      this.pos = at;
      if (!this.startsWithDisplay()) {
        this.pos = at;
        const a = this.bitwiseOr();
        if (this.eatOp("=")) {
          this.bitwiseOr();
          if (!this.isOp("=") && !this.isOp(":=")) this.raiseAtNode(`cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`, a);
        }
      }
    } catch (e) {
      if (!(e instanceof ParseFail)) throw e;
    }
    this.pos = save;
  }

  /** the lookahead !(list | tuple | genexp | 'True' | 'None' | 'False') */
  private startsWithDisplay(): boolean {
    const t = this.peek();
    if (t.type === TokType.NAME) return t.value === "True" || t.value === "None" || t.value === "False";
    if (t.type !== TokType.OP || (t.value !== "[" && t.value !== "(")) return false;
    try {
      const e = this.atom();
      return t.value === "[" ? e._type === "List" : (e._type === "Tuple" || e._type === "GeneratorExp") && !this.parenthesized.has(e);
    } catch (err) {
      if (!(err instanceof ParseFail)) throw err;
      return false;
    }
  }

  /** invalid_expression: two expressions in a row inside brackets */
  protected missingComma(a: expr, at: number): never {
    if (this.isOp("=")) this.invalidNamedExpression(at);
    // !(NAME STRING | SOFT_KEYWORD) before the first expression
    const t0 = this.toks[at];
    const t1 = this.toks[at + 1];
    const excluded = t0.type === TokType.NAME && (t1.type === TokType.STRING || t0.value === "match" || t0.value === "case" || t0.value === "_");
    if (!excluded && this.startsExpr() && !(a._type === "Name" && (a.id === "print" || a.id === "exec"))) {
      const save = this.pos;
      const saveMax = this.maxPos;
      let b: expr | null = null;
      try {
        b = this.expression();
      } catch (e) {
        if (!(e instanceof ParseFail)) throw e;
      }
      this.pos = save;
      if (b) this.raiseRange("invalid syntax. Perhaps you forgot a comma?", a, b);
      this.maxPos = saveMax;
    }
    this.fail();
  }

  private listAtom(): expr {
    const s = this.next();
    if (this.eatOp("]")) return this.fin({ _type: "List", elts: [] as expr[], ctx: LOAD } as expr, s);
    const firstPos = this.pos;
    const first = this.starNamedExpression();
    if (this.isKw("for") || this.isKw("async")) {
      if (first._type === "Starred") this.raiseAtNode("iterable unpacking cannot be used in comprehension", first);
      const generators = this.forIfClauses();
      this.expectOp("]");
      return this.fin({ _type: "ListComp", elt: first, generators } as expr, s);
    }
    const elts = [first];
    if (!this.isOp(",") && !this.isOp("]")) this.missingComma(first, firstPos);
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      const at = this.pos;
      elts.push(this.starNamedExpression());
      if (!this.isOp(",") && !this.isOp("]")) {
        this.comprehensionTarget(elts);
        this.missingComma(elts[elts.length - 1], at);
      }
    }
    this.expectOp("]");
    return this.fin({ _type: "List", elts, ctx: LOAD } as expr, s);
  }

  /** dict | set | dictcomp | setcomp */
  private braceAtom(): expr {
    const s = this.next();
    if (this.eatOp("}")) return this.fin({ _type: "Dict", keys: [] as expr[], values: [] as expr[] } as expr, s);
    const keys: (expr | null)[] = [];
    const values: expr[] = [];
    if (this.isOp("**")) {
      const star = this.next();
      keys.push(null);
      values.push(this.bitwiseOr());
      // invalid_dict_comprehension
      if (this.isKw("for") || this.isKw("async")) this.raiseAtToken("dict unpacking cannot be used in dict comprehension", star);
    } else {
      const firstPos = this.pos;
      const first = this.starNamedExpression();
      if (this.eatOp(":")) {
        const v = this.dictValue();
        if (this.isKw("for") || this.isKw("async")) {
          const generators = this.forIfClauses();
          this.expectOp("}");
          return this.fin({ _type: "DictComp", key: first, value: v, generators } as expr, s);
        }
        keys.push(first);
        values.push(v);
        if (!this.isOp(",") && !this.isOp("}")) this.missingComma(v, valuePos);
      } else {
        // a set
        if (this.isKw("for") || this.isKw("async")) {
          if (first._type === "Starred") this.raiseAtNode("iterable unpacking cannot be used in comprehension", first);
          const generators = this.forIfClauses();
          this.expectOp("}");
          return this.fin({ _type: "SetComp", elt: first, generators } as expr, s);
        }
        const elts = [first];
        if (!this.isOp(",") && !this.isOp("}")) this.missingComma(first, firstPos);
        while (this.eatOp(",")) {
          if (this.isOp("}")) break;
          const at = this.pos;
          elts.push(this.starNamedExpression());
          if (!this.isOp(",") && !this.isOp("}")) {
            this.comprehensionTarget(elts);
            this.missingComma(elts[elts.length - 1], at);
          }
        }
        this.expectOp("}");
        return this.fin({ _type: "Set", elts } as expr, s);
      }
    }
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      if (this.eatOp("**")) {
        keys.push(null);
        values.push(this.bitwiseOr());
        continue;
      }
      const key = this.expression();
      if (!this.isOp(":")) {
        // invalid_kvpair
        this.raiseAt("':' expected after dictionary key", key.lineno, (key.end_col_offset ?? 1) - 1, key.end_lineno ?? key.lineno, -1);
      }
      this.next();
      keys.push(key);
      values.push(this.dictValue());
      if (!this.isOp(",") && !this.isOp("}")) this.missingComma(values[values.length - 1], valuePos);
    }
    this.expectOp("}");
    return this.fin({ _type: "Dict", keys: keys as expr[], values } as expr, s);
  }

  /** the value after `key:`, with invalid_kvpair's messages */
  private dictValue(): expr {
    const t = this.peek();
    if (t.type === TokType.OP && t.value === "*") this.raiseAt("cannot use a starred expression in a dictionary value", t.lineno, t.col, this.last.endLineno, -1);
    if (t.type === TokType.OP && (t.value === "}" || t.value === ",")) this.raiseAtToken("expression expected after dictionary key and ':'", this.last);
    valuePos = this.pos;
    return this.expression();
  }

  /** for_if_clauses */
  protected forIfClauses(): comprehension[] {
    const gens: comprehension[] = [];
    for (;;) {
      let isAsync = 0;
      if (this.isKw("async") && this.peekAt(1).type === TokType.NAME && this.peekAt(1).value === "for") {
        this.next();
        isAsync = 1;
      } else if (!this.isKw("for")) break;
      this.next();
      const target = this.starTargets(TargetsType.FOR_TARGETS);
      this.expectKw("in");
      const iter = this.disjunction();
      const ifs: expr[] = [];
      while (this.eatKw("if")) ifs.push(this.disjunction());
      gens.push({ _type: "comprehension", target, iter, ifs, is_async: isAsync });
    }
    return gens;
  }

  // ---- calls and subscripts ------------------------------------------------------------

  private call(func: expr, s: Token): expr {
    const r = this.callArgs();
    if (r.genexp) return this.fin({ _type: "Call", func, args: [r.genexp], keywords: [] as keyword[] } as Call, s);
    return this.fin({ _type: "Call", func, args: r.args, keywords: r.keywords } as Call, s);
  }

  /** '(' [arguments] ')' of a call or class definition; a lone generator argument is `genexp` */
  protected callArgs(allowGenexp = true): { args: expr[]; keywords: keyword[]; genexp: expr | null } {
    const open = this.next();
    const args: expr[] = [];
    const keywords: keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.isOp(")")) {
      const t = this.peek();
      if (t.type === TokType.OP && t.value === "*") {
        if (sawDoubleStar) this.raiseAtToken("iterable argument unpacking follows keyword argument unpacking", t);
        this.next();
        const value = this.expression();
        const starred = this.fin({ _type: "Starred", value, ctx: LOAD } as Starred, t);
        if (this.isKw("for") || this.isKw("async")) {
          // invalid_arguments (_PyPegen_nonparen_genexp_in_call) needs another positional
          // argument before; else invalid_comprehension, whose '(' is the call's
          if (args.length === 0) {
            if (keywords.length === 0 && allowGenexp) this.raiseAtNode("iterable unpacking cannot be used in comprehension", starred);
            this.fail();
          }
          const generators = this.forIfClauses();
          this.raiseAtNode("Generator expression must be parenthesized", this.fin({ _type: "GeneratorExp", elt: starred, generators } as expr, t));
        }
        args.push(starred);
      } else if (t.type === TokType.OP && t.value === "**") {
        this.next();
        const value = this.expression();
        keywords.push(this.fin({ _type: "keyword", arg: null, value } as keyword, t));
        sawDoubleStar = true;
      } else if (t.type === TokType.NAME && (!KEYWORDS.has(t.value) || t.value === "True" || t.value === "False" || t.value === "None") &&
        this.peekAt(1).type === TokType.OP && this.peekAt(1).value === "=") {
        if (KEYWORDS.has(t.value)) {
          if (t.value === "True" || t.value === "False" || t.value === "None") this.raiseAtToken(`cannot assign to ${t.value}`, t);
          this.fail();
        }
        this.pos += 2;
        const value = this.expression();
        if (this.isKw("for") || this.isKw("async")) {
          this.raiseRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", { lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol }, value);
        }
        keywords.push(this.fin({ _type: "keyword", arg: this.ident(t), value } as keyword, t));
        sawKeyword = true;
      } else {
        const argPos = this.pos;
        const e = this.namedExpression();
        if (this.isKw("for") || this.isKw("async")) {
          const saveMax = this.maxPos;
          const forPos = this.pos;
          const generators = this.forIfClauses();
          if (args.length === 0 && keywords.length === 0 && this.isOp(")")) {
            if (!allowGenexp) {
              // a class's bases are arguments without the genexp form: fails at `for`
              this.pos = forPos;
              this.maxPos = saveMax;
              this.fail();
            }
            this.next();
            const g = this.fin({ _type: "GeneratorExp", elt: e, generators } as expr, open);
            return { args, keywords, genexp: g };
          }
          const g = this.fin({ _type: "GeneratorExp", elt: e, generators } as expr, t);
          this.raiseAtNode("Generator expression must be parenthesized", g);
        }
        if (this.isOp("=")) {
          this.raiseRange('expression cannot contain assignment, perhaps you meant "=="?', e, e);
        }
        // _PyPegen_arguments_parsing_error: RAISE_SYNTAX_ERROR at the last token read
        if (sawDoubleStar) { this.peek(); this.raiseHere("positional argument follows keyword argument unpacking"); }
        if (sawKeyword) { this.peek(); this.raiseHere("positional argument follows keyword argument"); }
        args.push(e);
        if (!this.isOp(",") && !this.isOp(")")) this.missingComma(e, argPos);
      }
      if (!this.eatOp(",")) break;
    }
    this.expectOp(")");
    return { args, keywords, genexp: null };
  }

  /** slices: one slice, or a Tuple of them */
  private slices(): expr {
    const s = this.peek();
    const first = this.slice();
    if (!this.isOp(",") && first._type !== "Starred") return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.slice());
    }
    return this.fin({ _type: "Tuple", elts, ctx: LOAD } as expr, s);
  }

  private slice(): expr {
    const s = this.peek();
    if (s.type === TokType.OP && s.value === "*") {
      this.next();
      const value = this.expression();
      return this.fin({ _type: "Starred", value, ctx: LOAD } as Starred, s);
    }
    let lower: expr | null = null;
    if (!this.isOp(":")) {
      lower = this.namedExpression();
      if (!this.isOp(":")) return lower;
    }
    this.next();
    let upper: expr | null = null;
    let step: expr | null = null;
    if (!this.isOp(":") && !this.isOp("]") && !this.isOp(",")) upper = this.expression();
    if (this.eatOp(":")) {
      if (!this.isOp("]") && !this.isOp(",")) step = this.expression();
    }
    return this.fin({ _type: "Slice", lower, upper, step } as expr, s);
  }

  // ---- lambda and parameters -------------------------------------------------------------

  private lambdef(): expr {
    const s = this.next();
    const args = this.params(false, ":");
    this.expectOp(":");
    const body = this.expression();
    return this.fin({ _type: "Lambda", args, body } as expr, s);
  }

  /** parameters / lambda_params, up to (not including) `closer` */
  protected params(annotations: boolean, closer: string): Arguments {
    const posonlyargs: arg[] = [];
    let args: arg[] = [];
    const defaults: expr[] = [];
    const kwonlyargs: arg[] = [];
    const kwDefaults: (expr | null)[] = [];
    let vararg: arg | null = null;
    let kwarg: arg | null = null;
    let sawStar = false;
    let sawSlash = false;
    while (!this.isOp(closer)) {
      const t = this.peek();
      if (kwarg) this.raiseAtToken("arguments cannot follow var-keyword argument", t);
      if (t.type === TokType.OP && t.value === "(") {
        // invalid_parameters: '(' NAME (',' NAME)* [','] ')' (second pass: raw lookahead)
        let k = this.pos + 1;
        const isName = (x: Token): boolean => x.type === TokType.NAME && !KEYWORDS.has(x.value);
        const isOpAt = (x: Token, v: string): boolean => x.type === TokType.OP && x.value === v;
        if (isName(this.toks[k])) {
          k++;
          while (isOpAt(this.toks[k], ",") && isName(this.toks[k + 1])) k += 2;
          if (isOpAt(this.toks[k], ",")) k++;
          if (isOpAt(this.toks[k], ")")) {
            const b = this.toks[k];
            this.raiseAt(annotations ? "Function parameters cannot be parenthesized" : "Lambda expression parameters cannot be parenthesized", t.lineno, t.col, b.endLineno, b.endCol);
          }
        }
        this.fail();
      }
      if (t.type === TokType.OP && t.value === "/") {
        if (sawSlash) this.raiseAtToken("/ may appear only once", t);
        if (sawStar) this.raiseAtToken("/ must be ahead of *", t);
        if (args.length === 0) {
          const n = this.toks[this.pos + 1]; // (pass 2 lookahead: not where a generic error goes)
          if (n.type === TokType.OP && n.value === ",") this.raiseAtToken("at least one argument must precede /", t);
          this.fail();
        }
        this.next();
        sawSlash = true;
        posonlyargs.push(...args);
        args = [];
        if (this.isOp("*")) this.raiseAtToken("expected comma between / and *", this.peek());
      } else if (t.type === TokType.OP && t.value === "*") {
        if (sawStar) this.raiseAtToken("* argument may appear only once", t);
        this.next();
        sawStar = true;
        if (this.isOp(",") || this.isOp(closer)) {
          const bare = this.isOp(closer) || (this.peekAt(1).type === TokType.OP && (this.peekAt(1).value === "**" || this.peekAt(1).value === closer));
          // def: at the '*' (invalid_star_etc); lambda: at the last token read (invalid_lambda_star_etc)
          if (bare && annotations) this.raiseAtToken("named arguments must follow bare *", t);
          if (bare) this.raiseHere("named arguments must follow bare *");
        } else {
          vararg = this.param(annotations, true);
          if (this.isOp("=")) this.raiseAtToken("var-positional argument cannot have default value", this.peek());
        }
      } else if (t.type === TokType.OP && t.value === "**") {
        this.next();
        kwarg = this.param(annotations, false);
        if (this.isOp("=")) this.raiseAtToken("var-keyword argument cannot have default value", this.peek());
      } else {
        const a = this.param(annotations, false);
        let def: expr | null = null;
        if (this.isOp("=")) {
          const eq = this.next();
          if (this.isOp(",") || this.isOp(closer)) this.raiseAtToken("expected default value expression", eq);
          def = this.expression();
        }
        if (sawStar) {
          kwonlyargs.push(a);
          kwDefaults.push(def);
        } else {
          if (def) defaults.push(def);
          else if (defaults.length) this.raiseAtNode("non-default argument follows default argument", a);
          args.push(a);
        }
      }
      if (!this.eatOp(",")) break;
    }
    return { _type: "arguments", posonlyargs, args, vararg, kwonlyargs, kw_defaults: kwDefaults as expr[], kwarg, defaults };
  }

  private param(annotations: boolean, starAnnotation: boolean): arg {
    const t = this.expectName();
    let annotation: expr | null = null;
    if (annotations && this.eatOp(":")) annotation = starAnnotation ? this.starExpression() : this.expression();
    return this.fin({ _type: "arg", arg: this.ident(t), annotation, type_comment: null } as arg, t);
  }

  // ---- yield -----------------------------------------------------------------------------

  protected yieldExpr(): expr {
    const s = this.next();
    if (this.eatKw("from")) {
      const value = this.expression();
      return this.fin({ _type: "YieldFrom", value } as expr, s);
    }
    let value: expr | null = null;
    if (this.startsExpr() || this.isOp("*")) value = this.starExpressions();
    return this.fin({ _type: "Yield", value } as expr, s);
  }

  // ---- targets ----------------------------------------------------------------------------

  /** star_targets for `for` and comprehensions: no operators, so `in` ends them */
  protected starTargets(type: TargetsType): expr {
    const s = this.peek();
    const save = this.pos;
    const first = this.starTarget();
    let e = first;
    if (this.isOp(",")) {
      const elts = [first];
      while (this.eatOp(",")) {
        if (!this.startsExpr() && !this.isOp("*")) break;
        elts.push(this.starTarget());
      }
      e = this.fin({ _type: "Tuple", elts, ctx: STORE } as expr, s);
    }
    if (!this.isKw("in")) {
      // invalid_for_target: name what cannot be assigned to
      const here = this.pos;
      const saveMax = this.maxPos;
      this.pos = save;
      const whole = this.tryPass2(() => this.starExpressions());
      const bad = whole && invalidTarget(whole, type);
      if (bad) this.raiseAtNode(`cannot assign to ${exprName(bad)}`, bad);
      this.pos = here;
      this.maxPos = saveMax;
      this.fail();
    }
    this.checkTarget(e, type);
    setContext(e, STORE);
    return e;
  }

  /** star_target as a whole target (with items) */
  protected singleStarTarget(): expr {
    return this.toStore(this.starTarget());
  }

  private starTarget(): expr {
    const s = this.peek();
    if (s.type === TokType.OP && s.value === "*") {
      this.next();
      if (this.isOp("*")) this.fail();
      const value = this.starTarget();
      return this.fin({ _type: "Starred", value, ctx: STORE } as Starred, s);
    }
    return this.primary();
  }

  /** Raises CPython's error for an expression that cannot be assigned to / deleted. */
  protected checkTarget(e: expr, type: TargetsType): void {
    const bad = invalidTarget(e, type);
    if (bad) this.raiseAtNode(`${type === TargetsType.DEL_TARGETS ? "cannot delete" : "cannot assign to"} ${exprName(bad)}`, bad);
  }

  protected toStore(e: expr): expr {
    this.checkTarget(e, TargetsType.STAR_TARGETS);
    setContext(e, STORE);
    return e;
  }

  protected toDel(e: expr): expr {
    this.checkTarget(e, TargetsType.DEL_TARGETS);
    setContext(e, DEL);
    return e;
  }
}
