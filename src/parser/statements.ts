// Statements: python.gram from `file` down to the simple and compound statements.
import type {
  alias, excepthandler, expr, keyword, match_case, Module, stmt, withitem,
} from "../ast/nodes.js";
import { Token, TokType } from "../tokenizer/token.js";
import { ParseFail } from "./base.js";
import { PatternParser } from "./patterns.js";
import { AUG_OPS, STORE } from "./singletons.js";
import { exprName, TargetsType } from "./targets.js";

const COMPOUND = new Set(["FunctionDef", "AsyncFunctionDef", "ClassDef", "If", "For", "AsyncFor", "While", "With", "AsyncWith", "Try", "TryStar", "Match"]);

export class Parser extends PatternParser {
  /** the token where a generic "invalid syntax" is reported */
  furthestToken(): Token {
    return this.toks[Math.min(this.maxPos, this.toks.length - 1)];
  }

  /** file: [statements] ENDMARKER */
  file(): Module {
    const body: stmt[] = [];
    while (this.peek().type !== TokType.ENDMARKER) this.statement(body);
    return { _type: "Module", body, type_ignores: [] };
  }

  /** interactive: statement_newline (ast.parse mode "single", the REPL) */
  singleInput(): stmt[] {
    const body: stmt[] = [];
    const t = this.peek();
    // an empty input is ENDMARKER, which ends an interactive session: an error here
    if (t.type === TokType.ENDMARKER) this.fail();
    if (t.type === TokType.NEWLINE) this.next();
    else this.statement(body);
    // statement_newline: compound_stmt NEWLINE. A one-line body at the end of input
    // without a newline consumed the only (implicit) NEWLINE there is.
    const last = this.toks[this.pos - 1];
    if (body.length && COMPOUND.has(body[body.length - 1]._type) && last.type === TokType.NEWLINE && last.col < 0) {
      this.peek();
      this.fail();
    }
    if (this.peek().type !== TokType.ENDMARKER) {
      // pegen.c bad_single_statement, raised at the last token the statement read
      this.raiseAtToken("multiple statements found while compiling a single statement", this.toks[this.pos - 1]);
    }
    return body;
  }

  /** eval: expressions NEWLINE* ENDMARKER */
  evalInput(): expr {
    const e = this.expressions();
    while (this.peek().type === TokType.NEWLINE) this.next();
    if (this.peek().type !== TokType.ENDMARKER) this.fail();
    return e;
  }

  /** statement: compound_stmt | simple_stmts; appends to `out` */
  protected statement(out: stmt[]): void {
    const t = this.peek();
    if (t.type === TokType.NAME) {
      switch (t.value) {
        case "def": out.push(this.functionDef([], null)); return;
        case "class": out.push(this.classDef([])); return;
        case "if": out.push(this.ifStmt()); return;
        case "while": out.push(this.whileStmt()); return;
        case "for": out.push(this.forStmt(null)); return;
        case "with": out.push(this.withStmt(null)); return;
        case "try": out.push(this.tryStmt()); return;
        case "async": {
          const n = this.peekAt(1);
          if (n.type === TokType.NAME) {
            if (n.value === "def") { this.next(); out.push(this.functionDef([], t)); return; }
            if (n.value === "for") { this.next(); out.push(this.forStmt(t)); return; }
            if (n.value === "with") { this.next(); out.push(this.withStmt(t)); return; }
          }
          break;
        }
        case "match": {
          const m = this.matchStmt();
          if (Array.isArray(m)) { out.push(...m); return; }
          if (m) { out.push(m); return; }
          break;
        }
      }
    } else if (t.type === TokType.OP && t.value === "@") {
      out.push(this.decorated());
      return;
    } else if (t.type === TokType.INDENT) {
      this.fail(); // reported as "unexpected indent" (pegen_errors.c _PyPegen_set_syntax_error)
    }
    this.simpleStmts(out);
  }

  /** simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
  private simpleStmts(out: stmt[]): void {
    for (;;) {
      out.push(this.simpleStmt());
      if (this.eatOp(";")) {
        if (this.peek().type === TokType.NEWLINE) break;
        continue;
      }
      break;
    }
    if (this.peek().type !== TokType.NEWLINE) this.fail();
    this.next();
  }

  private simpleStmt(): stmt {
    const s = this.peek();
    if (s.type === TokType.NAME) {
      switch (s.value) {
        case "pass": this.next(); return this.fin({ _type: "Pass" } as stmt, s);
        case "break": this.next(); return this.fin({ _type: "Break" } as stmt, s);
        case "continue": this.next(); return this.fin({ _type: "Continue" } as stmt, s);
        case "return": {
          this.next();
          const value = this.startsExpr() || this.isOp("*") ? this.starExpressions() : null;
          return this.fin({ _type: "Return", value } as stmt, s);
        }
        case "raise": {
          this.next();
          let exc: expr | null = null;
          let cause: expr | null = null;
          if (this.startsExpr()) {
            exc = this.expression();
            if (this.eatKw("from")) cause = this.expression();
          }
          return this.fin({ _type: "Raise", exc, cause } as stmt, s);
        }
        case "global": case "nonlocal": {
          this.next();
          const names = [this.ident(this.expectName())];
          while (this.eatOp(",")) names.push(this.ident(this.expectName()));
          return this.fin({ _type: s.value === "global" ? "Global" : "Nonlocal", names } as stmt, s);
        }
        case "del": return this.delStmt();
        case "assert": {
          this.next();
          const test = this.expression();
          const msg = this.eatOp(",") ? this.expression() : null;
          return this.fin({ _type: "Assert", test, msg } as stmt, s);
        }
        case "import": return this.importName();
        case "from": return this.importFrom();
      }
    }
    return this.exprOrAssign();
  }

  private delStmt(): stmt {
    const s = this.next();
    const targets: expr[] = [];
    if (this.peek().type === TokType.NEWLINE || this.isOp(";")) this.fail();
    for (;;) {
      if (!this.startsAtom() && !this.isOp("*")) {
        // invalid_del_stmt ('del' star_expressions) is a second-pass rule
        const e = this.tryPass2(() => this.starExpressions());
        if (e) this.checkTarget(e, TargetsType.DEL_TARGETS);
        this.fail();
      }
      const e = this.isOp("*") ? this.starExpression() : this.expression();
      targets.push(this.toDel(e));
      if (!this.eatOp(",")) break;
      if (!this.startsExpr()) break;
    }
    const t = this.peek();
    if (!(t.type === TokType.NEWLINE || (t.type === TokType.OP && t.value === ";"))) {
      // invalid_del_stmt: 'del' star_expressions
      if (t.type === TokType.OP && t.value === "*") this.fail();
      this.fail();
    }
    return this.fin({ _type: "Delete", targets } as stmt, s);
  }

  private dottedName(): string {
    let name = this.ident(this.expectName());
    while (this.isOp(".")) {
      this.next();
      name += "." + this.ident(this.expectName());
    }
    return name;
  }

  private importName(): stmt {
    const s = this.next();
    const names: alias[] = [];
    do {
      const a = this.peek();
      const name = this.dottedName();
      const asname = this.eatKw("as") ? this.ident(this.expectName()) : null;
      names.push(this.fin({ _type: "alias", name, asname } as alias, a));
    } while (this.eatOp(","));
    return this.fin({ _type: "Import", names } as stmt, s);
  }

  private importFrom(): stmt {
    const s = this.next();
    let level = 0;
    for (;;) {
      if (this.eatOp(".")) level++;
      else if (this.eatOp("...")) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.isKw("import")) module = this.dottedName();
    else if (level === 0) this.fail();
    this.expectKw("import");
    const names: alias[] = [];
    const star = this.peek();
    if (star.type === TokType.OP && star.value === "*") {
      this.next();
      names.push(this.fin({ _type: "alias", name: "*", asname: null } as alias, star));
    } else {
      const paren = this.eatOp("(");
      for (;;) {
        const a = this.expectName();
        const asname = this.eatKw("as") ? this.ident(this.expectName()) : null;
        names.push(this.fin({ _type: "alias", name: this.ident(a), asname } as alias, a));
        if (!this.eatOp(",")) break;
        if (paren && this.isOp(")")) break;
        if (!paren && !this.isName()) {
          if (this.peek().type === TokType.NEWLINE) this.raiseHere("trailing comma not allowed without surrounding parentheses");
          this.fail();
        }
      }
      if (paren) this.expectOp(")");
    }
    return this.fin({ _type: "ImportFrom", module, names, level } as stmt, s);
  }

  /** assignment | star_expressions statement */
  private exprOrAssign(): stmt {
    const s = this.peek();
    const startPos = this.pos;
    if (this.isKw("yield")) {
      const y = this.yieldExpr();
      if (this.isOp("=")) this.raiseAtNode("assignment to yield expression not possible", y);
      return this.fin({ _type: "Expr", value: y } as stmt, s);
    }
    // NAME ':' annotation
    const first = this.starExpressionsStmt();
    const t = this.peek();
    if (t.type === TokType.OP && t.value === ":=") {
      // invalid_named_expression: `a=expression ':=' expression`, for what is not a name
      const a = first._type === "Tuple" ? first.elts[first.elts.length - 1] : first;
      if (a._type !== "Name") {
        const save = this.pos;
        const ok = this.tryPass2(() => { this.next(); return this.expression(); });
        this.pos = save;
        if (ok) this.raiseAtNode(`cannot use assignment expressions with ${exprName(a)}`, a);
      }
    }
    if (t.type === TokType.OP) {
      if (t.value === "=") return this.assignment(first, s, startPos);
      if (t.value === ":") return this.annAssign(first, s);
      const aug = AUG_OPS[t.value];
      if (aug) {
        if (first._type !== "Name" && first._type !== "Attribute" && first._type !== "Subscript") {
          this.raiseAtNode(`'${exprName(first)}' is an illegal expression for augmented assignment`, first);
        }
        this.next();
        first.ctx = STORE;
        const value = this.isKw("yield") ? this.yieldExpr() : this.starExpressions();
        return this.fin({ _type: "AugAssign", target: first, op: aug, value } as stmt, s);
      }
    }
    if (t.type !== TokType.NEWLINE && !(t.type === TokType.OP && t.value === ";")) this.legacyOrFail(first);
    return this.fin({ _type: "Expr", value: first } as stmt, s);
  }

  /** star_expressions at the start of a statement, with the `print x` diagnosis */
  private starExpressionsStmt(): expr {
    return this.starExpressions();
  }

  /** invalid_legacy_expression: `print x` / `exec x` */
  private legacyOrFail(e: expr): never {
    if (this.startsExpr()) {
      // invalid_expression reads a second expression even outside brackets; reaching the end
      // of input inside one raises the tokenizer's "'(' was never closed"
      const save = this.pos;
      const saveMax = this.maxPos;
      try { this.expression(); } catch (err) { if (!(err instanceof ParseFail)) throw err; }
      this.pos = save;
      this.maxPos = saveMax;
    }
    if (e._type === "Name" && (e.id === "print" || e.id === "exec") && (this.startsExpr() || this.isOp("*"))) {
      const save = this.pos;
      let b: expr | null = null;
      try {
        b = this.starExpressions();
      } catch (err) {
        if (!(err instanceof ParseFail)) throw err;
      }
      this.pos = save;
      if (b) this.raiseRange(`Missing parentheses in call to '${e.id}'. Did you mean ${e.id}(...)?`, e, b);
    }
    this.fail();
  }

  private assignment(first: expr, s: Token, startPos: number): stmt {
    const targets = [first];
    let value: expr;
    for (;;) {
      // invalid_assignment names a bad target before looking at what follows '='
      const tg = targets[targets.length - 1];
      const bad = this.invalidAssignTarget(tg);
      if (bad) {
        // pass 2 of CPython's parser meets invalid_named_expression first (invalid_assignment's
        // `star_named_expression ',' star_named_expressions*` alternative)
        this.firstTargetDiagnosis(startPos);
        this.raiseAtNode(`cannot assign to ${exprName(bad)}`, bad);
      }
      this.next(); // '='
      const v = this.isKw("yield") ? this.yieldExpr() : this.starExpressions();
      if (!this.isOp("=")) { value = v; break; }
      if (v._type === "Yield" || v._type === "YieldFrom") this.raiseAtNode("assignment to yield expression not possible", v);
      targets.push(v);
    }
    for (const tg of targets) this.toStore(tg);
    const t = this.peek();
    if (t.type !== TokType.NEWLINE && !(t.type === TokType.OP && t.value === ";")) this.fail();
    return this.fin({ _type: "Assign", targets, value, type_comment: null } as stmt, s);
  }

  /** Replays the comma-separated start of the statement, with invalid_named_expression's checks. */
  private firstTargetDiagnosis(startPos: number): void {
    const save = this.pos;
    this.pos = startPos;
    try {
      for (;;) {
        if (this.isOp("*")) {
          this.starNamedExpression();
        } else {
          this.invalidNamedExpression(this.pos);
          this.namedExpression();
        }
        if (!this.eatOp(",")) break;
        if (!this.startsExpr() && !this.isOp("*")) break;
      }
    } catch (e) {
      if (!(e instanceof ParseFail)) throw e;
    }
    this.pos = save;
  }

  private isStarred(e: expr): boolean {
    return e._type === "Starred";
  }

  private invalidAssignTarget(e: expr): expr | null {
    switch (e._type) {
      case "Name": case "Attribute": case "Subscript": return null;
      case "Starred": return this.invalidAssignTarget(e.value);
      case "Tuple": case "List":
        for (const x of e.elts) {
          const b = this.invalidAssignTarget(x);
          if (b) return b;
        }
        return null;
      default: return e;
    }
  }

  private annAssign(target: expr, s: Token): stmt {
    this.next(); // ':'
    let annotation: expr;
    if (target._type === "Name" || target._type === "Attribute" || target._type === "Subscript") annotation = this.expression();
    else {
      // only CPython's second pass (invalid_assignment) reads the annotation of a bad target,
      // and it needs one before naming the target; a generic error stays at the ':'
      const saveMax = this.maxPos;
      try {
        annotation = this.expression();
      } catch (e) {
        if (e instanceof ParseFail) this.maxPos = saveMax;
        throw e;
      }
    }
    let simple = 0;
    if (target._type === "Name") simple = this.parenthesized.has(target) ? 0 : 1;
    else if (target._type === "Attribute" || target._type === "Subscript") simple = 0;
    else if (target._type === "Tuple") this.raiseAtNode("only single target (not tuple) can be annotated", target);
    else if (target._type === "List") this.raiseAtNode("only single target (not list) can be annotated", target);
    else this.raiseAtNode("illegal target for annotation", target);
    target.ctx = STORE;
    let value: expr | null = null;
    if (this.eatOp("=")) value = this.isKw("yield") ? this.yieldExpr() : this.starExpressions();
    return this.fin({ _type: "AnnAssign", target, annotation, value, simple } as stmt, s);
  }

  // ---- blocks ------------------------------------------------------------------------------

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts */
  protected block(what: string, kw: Token): stmt[] {
    const body: stmt[] = [];
    if (this.peek().type === TokType.NEWLINE) {
      this.next();
      const t = this.peek();
      if (t.type !== TokType.INDENT) {
        this.raiseAtToken(`expected an indented block after ${what} on line ${kw.lineno}`, t, "IndentationError");
      }
      this.next();
      while (this.peek().type !== TokType.DEDENT) this.statement(body);
      this.next();
      return body;
    }
    this.simpleStmts(body);
    return body;
  }

  /** ':' before a block; `if x` followed by a newline says "expected ':'" */
  private colon(): void {
    if (this.eatOp(":")) return;
    if (this.peek().type === TokType.NEWLINE) this.raiseHere("expected ':'");
    this.fail();
  }

  // ---- compound statements -------------------------------------------------------------------

  private decorated(): stmt {
    const decorators: expr[] = [];
    while (this.isOp("@")) {
      this.next();
      decorators.push(this.namedExpression());
      if (this.peek().type !== TokType.NEWLINE) this.fail();
      this.next();
    }
    const t = this.peek();
    if (t.type === TokType.NAME) {
      if (t.value === "def") return this.functionDef(decorators, null);
      if (t.value === "class") return this.classDef(decorators);
      if (t.value === "async" && this.peekAt(1).type === TokType.NAME && this.peekAt(1).value === "def") {
        this.next();
        return this.functionDef(decorators, t);
      }
    }
    this.fail();
  }

  private functionDef(decorators: expr[], asyncTok: Token | null): stmt {
    const kw = this.next(); // 'def'
    const name = this.ident(this.expectName());
    this.forceOp("(");
    const args = this.params(true, ")");
    this.expectOp(")");
    let returns: expr | null = null;
    if (this.isOp("->")) {
      const save = this.pos;
      this.next();
      try {
        returns = this.expression();
      } catch (e) {
        // ['->' expression] is optional: without an expression, `&&':'` reports the arrow
        if (!(e instanceof ParseFail)) throw e;
        this.pos = save;
      }
    }
    this.forceOp(":");
    const body = this.block("function definition", kw);
    return this.fin({ _type: asyncTok ? "AsyncFunctionDef" : "FunctionDef", name, args, body, decorator_list: decorators, returns, type_comment: null } as stmt, asyncTok ?? kw);
  }

  private classDef(decorators: expr[]): stmt {
    const kw = this.next();
    const name = this.ident(this.expectName());
    let bases: expr[] = [];
    let keywords: keyword[] = [];
    if (this.isOp("(")) {
      const r = this.callArgs(false);
      bases = r.args;
      keywords = r.keywords;
    }
    this.colon();
    const body = this.block("class definition", kw);
    return this.fin({ _type: "ClassDef", name, bases, keywords, body, decorator_list: decorators } as stmt, kw);
  }

  private ifStmt(): stmt {
    const kw = this.next(); // 'if' or 'elif'
    const test = this.condition();
    this.colon();
    const body = this.block(`'${kw.value}' statement`, kw);
    let orelse: stmt[] = [];
    if (this.isKw("elif")) orelse = [this.ifStmt()];
    else if (this.isKw("else")) orelse = this.elseBlock();
    return this.fin({ _type: "If", test, body, orelse } as stmt, kw);
  }

  /** named_expression of if/elif/while, diagnosing `if x = 1:` */
  private condition(): expr {
    const at = this.pos;
    const test = this.namedExpression();
    if (this.isOp("=")) this.invalidNamedExpression(at);
    return test;
  }

  private elseBlock(): stmt[] {
    const kw = this.next();
    this.forceOp(":");
    return this.block("'else' statement", kw);
  }

  private whileStmt(): stmt {
    const kw = this.next();
    const test = this.condition();
    this.colon();
    const body = this.block("'while' statement", kw);
    const orelse = this.isKw("else") ? this.elseBlock() : [];
    return this.fin({ _type: "While", test, body, orelse } as stmt, kw);
  }

  private forStmt(asyncTok: Token | null): stmt {
    const kw = this.next();
    const target = this.starTargets(TargetsType.FOR_TARGETS);
    this.expectKw("in");
    const iter = this.starExpressions();
    this.colon();
    const body = this.block("'for' statement", kw);
    const orelse = this.isKw("else") ? this.elseBlock() : [];
    return this.fin({ _type: asyncTok ? "AsyncFor" : "For", target, iter, body, orelse, type_comment: null } as stmt, asyncTok ?? kw);
  }

  private withStmt(asyncTok: Token | null): stmt {
    const kw = this.next();
    let items: withitem[] | null = null;
    if (this.isOp("(")) {
      // parenthesized with-items, else a parenthesized expression as the first item
      const save = this.pos;
      try {
        this.next();
        const its: withitem[] = [];
        for (;;) {
          its.push(this.withItem());
          if (!this.eatOp(",")) break;
          if (this.isOp(")")) break;
        }
        this.expectOp(")");
        if (this.peek().type === TokType.NEWLINE) this.raiseHere("expected ':'");
        if (!this.isOp(":")) this.fail();
        items = its;
      } catch (e) {
        if (!(e instanceof ParseFail)) throw e;
        this.pos = save;
      }
    }
    if (!items) {
      items = [];
      do items.push(this.withItem()); while (this.eatOp(","));
    }
    this.colon();
    const body = this.block("'with' statement", kw);
    return this.fin({ _type: asyncTok ? "AsyncWith" : "With", items, body, type_comment: null } as stmt, asyncTok ?? kw);
  }

  private withItem(): withitem {
    const contextExpr = this.expression();
    let optionalVars: expr | null = null;
    if (this.eatKw("as")) {
      optionalVars = this.singleStarTarget();
      const t = this.peek();
      // (a newline here is invalid_with_stmt's "expected ':'", reported by the caller)
      if (!(t.type === TokType.OP && (t.value === "," || t.value === ")" || t.value === ":")) && t.type !== TokType.NEWLINE) this.fail();
    }
    return { _type: "withitem", context_expr: contextExpr, optional_vars: optionalVars };
  }

  private tryStmt(): stmt {
    const kw = this.next();
    this.forceOp(":");
    const body = this.block("'try' statement", kw);
    const handlers: excepthandler[] = [];
    let star: boolean | null = null;
    while (this.isKw("except")) {
      const ek = this.next();
      const starTok = this.peek();
      const isStar = this.eatOp("*");
      if (star !== null && star !== isStar) {
        const e = isStar ? starTok : ek;
        this.raiseAt("cannot have both 'except' and 'except*' on the same 'try'", ek.lineno, ek.col, e.endLineno, e.endCol);
      }
      star = isStar;
      let type: expr | null = null;
      let name: string | null = null;
      if (this.peek().type === TokType.NEWLINE) this.raiseHere("expected ':'");
      if (!this.isOp(":")) {
        type = this.expression();
        if (this.isOp(",")) this.raiseRange("multiple exception types must be parenthesized", type, type);
        if (this.eatKw("as")) name = this.ident(this.expectName());
      } else if (isStar) this.raiseHere("expected one or more exception types");
      this.colon();
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", ek);
      handlers.push(this.fin({ _type: "ExceptHandler", type, name, body: hbody } as excepthandler, ek));
    }
    const orelse = handlers.length && this.isKw("else") ? this.elseBlock() : [];
    let finalbody: stmt[] = [];
    if (this.isKw("finally")) {
      const fk = this.next();
      this.forceOp(":");
      finalbody = this.block("'finally' statement", fk);
    }
    if (!handlers.length && !finalbody.length) {
      this.raiseHere("expected 'except' or 'finally' block");
    }
    return this.fin({ _type: star ? "TryStar" : "Try", body, handlers, orelse, finalbody } as stmt, kw);
  }

  /** match_stmt, or null when `match` is an ordinary name here (or the statements
   * starting with that name, when they had to be parsed to know) */
  private matchStmt(): stmt | stmt[] | null {
    const save = this.pos;
    const kw = this.next();
    let subject: expr;
    try {
      if (!this.startsExpr() && !this.isOp("*")) throw new ParseFail();
      const s = this.peek();
      const first = this.starNamedExpression();
      if (this.isOp(",")) {
        const elts = [first];
        while (this.eatOp(",")) {
          if (this.isOp(":")) break;
          elts.push(this.starNamedExpression());
        }
        subject = this.fin({ _type: "Tuple", elts, ctx: { _type: "Load" } } as expr, s);
      } else subject = first;
      if (this.peek().type === TokType.NEWLINE) {
        // `match x` + newline: an expression statement like `match(x)`, else invalid_match_stmt
        const nl = this.pos;
        this.pos = save;
        const stmts: stmt[] = [];
        if (this.tryPass2(() => this.simpleStmts(stmts)) !== null) return stmts;
        this.pos = nl;
        this.raiseAtToken("expected ':'", this.peek());
      }
      if (!this.isOp(":")) throw new ParseFail();
    } catch (e) {
      if (!(e instanceof ParseFail)) throw e;
      this.pos = save;
      return null;
    }
    this.next();
    if (this.peek().type !== TokType.NEWLINE) this.fail();
    this.next();
    if (this.peek().type !== TokType.INDENT) this.raiseAtToken(`expected an indented block after 'match' statement on line ${kw.lineno}`, this.peek(), "IndentationError");
    this.next();
    const cases: match_case[] = [];
    while (this.peek().type !== TokType.DEDENT) {
      const ck = this.peek();
      if (!(ck.type === TokType.NAME && ck.value === "case")) this.fail();
      this.next();
      const pattern = this.patterns();
      const guard = this.eatKw("if") ? this.namedExpression() : null;
      this.colon();
      const body = this.block("'case' statement", ck);
      cases.push({ _type: "match_case", pattern, guard, body });
    }
    this.next();
    return this.fin({ _type: "Match", subject, cases } as stmt, kw);
  }
}
