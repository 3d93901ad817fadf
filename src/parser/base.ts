// Token navigation, node positions and error reporting shared by the parser's parts.
// The parser is hand-written recursive descent over CPython's Grammar/python.gram (3.11);
// method names follow the grammar's rule names where they do the same job.
import type { Located } from "../ast/nodes.js";
import { CompileError, type SyntaxErrorKind } from "../ast/syntax-error.js";
import { Token, TokType } from "../tokenizer/token.js";
import type { Tokens } from "../tokenizer/tokenizer.js";
import { utf8Width } from "../tokenizer/utf8.js";

/** Thrown when no rule matches: CPython's generic "invalid syntax" at the furthest token. */
export class ParseFail extends Error {}

export const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]);

/** Statement keywords CPython's tokenizer-free error paths name (e.g. "expected ':'"). */
export interface SourceInfo {
  source: string;
  filename: string;
}

export class ParserBase {
  protected toks: Token[];
  protected pos = 0;
  /** furthest token index looked at: where CPython reports a generic "invalid syntax" */
  protected maxPos = 0;
  protected readonly source: string;
  protected readonly filename: string;
  protected readonly tokInfo: Tokens;
  /** nodes written inside parentheses (AnnAssign.simple, some error messages) */
  protected readonly parenthesized = new WeakSet<object>();

  constructor(tokens: Tokens, filename: string) {
    this.tokInfo = tokens;
    this.toks = tokens.tokens;
    this.source = tokens.source;
    this.filename = filename;
  }

  /** The current token; reaching a tokenizer error raises it, as CPython's fill_token does. */
  protected peek(): Token {
    const t = this.toks[this.pos];
    if (this.pos > this.maxPos) this.maxPos = this.pos;
    if (t.type >= TokType.EOF_IN_BRACKETS) this.tokenError(t);
    return t;
  }

  protected peekAt(k: number): Token {
    const i = Math.min(this.pos + k, this.toks.length - 1);
    const t = this.toks[i];
    if (i > this.maxPos) this.maxPos = i;
    if (t.type >= TokType.EOF_IN_BRACKETS) this.tokenError(t);
    return t;
  }

  private tokenError(t: Token): never {
    if (t.type === TokType.EOF_IN_BRACKETS) throw this.tokInfo.unclosed!;
    throw this.tokInfo.error!;
  }

  protected next(): Token {
    const t = this.peek();
    this.pos++;
    return t;
  }

  /** the last consumed token: where a node's end position comes from */
  protected get last(): Token {
    return this.toks[this.pos - 1];
  }

  protected isOp(v: string): boolean {
    const t = this.peek();
    return t.type === TokType.OP && t.value === v;
  }

  protected isKw(v: string): boolean {
    const t = this.peek();
    return t.type === TokType.NAME && t.value === v;
  }

  protected eatOp(v: string): boolean {
    if (this.isOp(v)) { this.pos++; return true; }
    return false;
  }

  protected eatKw(v: string): boolean {
    if (this.isKw(v)) { this.pos++; return true; }
    return false;
  }

  protected expectOp(v: string): Token {
    if (!this.isOp(v)) this.fail();
    return this.next();
  }

  protected expectKw(v: string): Token {
    if (!this.isKw(v)) this.fail();
    return this.next();
  }

  /** `&&'x'` in the grammar: a forced token, reported as "expected 'x'" where it is missing. */
  protected forceOp(v: string): Token {
    if (!this.isOp(v)) this.raiseAtToken(`expected '${v}'`, this.peek());
    return this.next();
  }

  /** A NAME that is not a keyword (soft keywords are names). */
  protected isName(): boolean {
    const t = this.peek();
    return t.type === TokType.NAME && !KEYWORDS.has(t.value);
  }

  protected expectName(): Token {
    if (!this.isName()) this.fail();
    return this.next();
  }

  /** An identifier as CPython stores it: NFKC-normalised (pegen.c _PyPegen_new_identifier). */
  protected ident(t: Token): string {
    const v = t.value;
    for (let i = 0; i < v.length; i++) if (v.charCodeAt(i) >= 128) return v.normalize("NFKC");
    return v;
  }

  /** Runs a rule that only CPython's second (error-finding) pass would try: if it does not
   * match, the position and the furthest token are as before, so a generic error stays
   * where the first pass put it. */
  protected tryPass2<T>(fn: () => T): T | null {
    const save = this.pos;
    const saveMax = this.maxPos;
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof ParseFail)) throw e;
      this.pos = save;
      this.maxPos = saveMax;
      return null;
    }
  }

  protected fail(): never {
    throw new ParseFail();
  }

  /** Sets a node's position from its first token to the last consumed one (pegen EXTRA). */
  protected fin<T extends Located>(n: T, start: Token): T {
    // _PyPegen_get_last_nonnwhitespace_token: NEWLINE, INDENT and DEDENT do not count
    let k = this.pos - 1;
    let e = this.toks[k];
    while (e.type >= TokType.NEWLINE && e.type <= TokType.DEDENT && k > 0) e = this.toks[--k];
    n.lineno = start.lineno;
    n.col_offset = start.col;
    n.end_lineno = e.endLineno;
    n.end_col_offset = e.endCol;
    return n;
  }

  // ---- errors -------------------------------------------------------------------------

  /** SyntaxError.offset for a UTF-8 byte column on `lineno` (pegen _PyPegen_byte_offset_to_character_offset). */
  protected charOffset(lineno: number, byteCol: number): number {
    if (byteCol < 0) return byteCol;
    const text = this.lineText(lineno);
    let bytes = 0;
    let chars = 0;
    for (let i = 0; i < text.length && bytes < byteCol; i++) {
      const c = text.charCodeAt(i);
      const pair = c >= 0xd800 && c <= 0xdbff;
      bytes += utf8Width(text, i, pair ? i + 2 : i + 1);
      if (pair) i++;
      chars++;
    }
    return chars + (byteCol > bytes ? byteCol - bytes : 0);
  }

  protected lineText(lineno: number): string {
    let p = 0;
    for (let l = 1; l < lineno && p >= 0; l++) {
      p = this.source.indexOf("\n", p);
      if (p >= 0) p++;
    }
    if (p < 0) return "";
    const e = this.source.indexOf("\n", p);
    return this.source.slice(p, e < 0 ? this.source.length : e);
  }

  /** SyntaxError.text of a parser error (_PyPegen_raise_error_known_location): on the
   * tokenizer's current line (that of the furthest token fetched) the tokenizer's buffer,
   * newline included; on an earlier line the line alone. */
  protected errorText(lineno: number): string {
    const far = this.toks[Math.min(this.maxPos, this.toks.length - 1)];
    return far.lineno > lineno ? this.lineText(lineno) : this.lineText(lineno) + "\n";
  }

  /** RAISE_ERROR_KNOWN_LOCATION with 0-based byte columns. */
  protected raiseAt(msg: string, lineno: number, col: number, endLineno: number, endCol: number, kind: SyntaxErrorKind = "SyntaxError"): never {
    const off = this.charOffset(lineno, col) + 1;
    const endOff = endCol < 0 ? endCol + 1 : this.charOffset(endLineno, endCol) + 1;
    throw new CompileError(kind, msg, lineno, off, endLineno, endOff, this.errorText(lineno), this.filename);
  }

  /** the error raiseAtToken would throw, for the caller to throw */
  errorAt(msg: string, t: Token, kind: SyntaxErrorKind): CompileError {
    try {
      this.raiseAtToken(msg, t, kind);
    } catch (e) {
      return e as CompileError;
    }
  }

  protected raiseAtToken(msg: string, t: Token, kind: SyntaxErrorKind = "SyntaxError"): never {
    if (t.col < 0) {
      // INDENT/DEDENT carry no column; CPython uses the tokenizer's cursor (no +1)
      throw new CompileError(kind, msg, t.lineno, this.charOffset(t.lineno, t.endCol), t.endLineno, -1, this.errorText(t.lineno), this.filename);
    }
    // tokenizer.c gives NEWLINE an empty extent (p_end = cur - 1: the '\n' left out)
    this.raiseAt(msg, t.lineno, t.col, t.endLineno, t.type === TokType.NEWLINE ? t.col : t.endCol, kind);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_NODE / _LOCATION: the node's whole range. */
  protected raiseAtNode(msg: string, n: Located): never {
    this.raiseAt(msg, n.lineno, n.col_offset, n.end_lineno ?? n.lineno, n.end_col_offset ?? -1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of `a` to the end of `b`. */
  protected raiseRange(msg: string, a: Located, b: Located): never {
    this.raiseAt(msg, a.lineno, a.col_offset, b.end_lineno ?? b.lineno, b.end_col_offset ?? -1);
  }

  /** RAISE_SYNTAX_ERROR without a location: at the last token fetched. */
  protected raiseHere(msg: string, kind: SyntaxErrorKind = "SyntaxError"): never {
    this.raiseAtToken(msg, this.toks[Math.min(this.maxPos, this.toks.length - 1)], kind);
  }
}
