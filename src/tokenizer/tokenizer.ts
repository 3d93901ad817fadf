// The tokenizer: CPython's Parser/tokenizer.c tok_get, run over the whole source at once.
// The parser receives NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT and ENDMARKER;
// comments and blank lines never reach it. A tokenizer error ends the token list with an
// ERRORTOKEN; the parser throws it when it gets there (and CPython reports a tokenizer
// error found anywhere in the file in preference to a parser error, which
// `Tokens.error` lets the parser do).
import { CompileError, type SourceWarning, type SyntaxErrorKind } from "../ast/syntax-error.js";
import { hex4, isDigit, isHexDigit, isIdentChar, isIdentStart, isPrintable, scanIdentifier } from "./chars.js";
import { escapedByteIndex, undecodableMessage } from "./decode.js";
import { Token, TokType } from "./token.js";
import { utf8Width } from "./utf8.js";

/** tokenizer.c MAXINDENT and MAXLEVEL */
const MAXINDENT = 100;
const MAXLEVEL = 200;
const TABSIZE = 8;

const THREE = new Set(["**=", "...", "//=", "<<=", ">>=", "!="]);
const TWO = new Set(["!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==", ">=", ">>", "@=", "^=", "|="]);

export interface Tokens {
  tokens: Token[];
  /** the decoded source after newline translation */
  source: string;
  /** set when the last token is an ERRORTOKEN */
  error: CompileError | null;
  /** whether `error` is one that tokenizer.c raises as an exception (syntaxerror()), which
   * wins over any parser error; the others (bad dedent, TabError, too deep, backslash
   * errors) only count when the parser gets to them */
  errorOverrides: boolean;
  /** "'(' was never closed", for when the parser reaches EOF_IN_BRACKETS */
  unclosed: CompileError | null;
  /** SyntaxWarnings (tokenizer.c parser_warn) */
  warnings: SourceWarning[];
}

/** CPython's translate_newlines: \r\n and \r become \n, and file input ends with \n. */
export function translateNewlines(src: string, execInput = true): string {
  if (src.indexOf("\r") >= 0) src = src.replace(/\r\n?/g, "\n");
  if (execInput && (src.length === 0 || src.charCodeAt(src.length - 1) !== 10)) src += "\n";
  return src;
}

class TokenizerError extends Error {
  constructor(
    readonly error: CompileError,
    readonly overrides = true,
  ) {
    super(error.message);
  }
}

/** `execInput` is false for eval and single mode, where no newline is added at the end:
 * the last line then ends with an implicit NEWLINE that has no column. */
export function tokenize(input: string, filename: string, execInput = true): Tokens {
  let src = translateNewlines(input, execInput);
  let implicitNewline = false;
  if (!execInput && src.length > 0 && src.charCodeAt(src.length - 1) !== 10) {
    src += "\n";
    implicitNewline = true;
  }
  const tz = new Tokenizer(src, filename);
  tz.implicitNewline = implicitNewline;
  try {
    tz.run();
  } catch (e) {
    if (!(e instanceof TokenizerError)) throw e;
    tz.tokens.push(new Token(TokType.ERRORTOKEN, "", tz.pos, tz.pos, e.error.lineno, 0, e.error.lineno, 0));
    return { tokens: tz.tokens, source: src, error: e.error, errorOverrides: e.overrides, unclosed: null, warnings: tz.warnings };
  }
  return { tokens: tz.tokens, source: src, error: null, errorOverrides: false, unclosed: tz.unclosed, warnings: tz.warnings };
}

class Tokenizer {
  readonly tokens: Token[] = [];
  readonly warnings: SourceWarning[] = [];
  unclosed: CompileError | null = null;
  implicitNewline = false;
  pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private readonly ascii: boolean;
  // cache for UTF-8 column computation on non-ASCII lines
  private colCachePos = -1;
  private colCacheByte = 0;
  private colCacheLineStart = -1;
  private readonly indstack = [0];
  private readonly altindstack = [0];
  private readonly parens: { ch: number; lineno: number; col: number }[] = [];

  constructor(
    private readonly src: string,
    private readonly filename: string,
  ) {
    this.ascii = !/[^\x00-\x7f]/.test(src);
  }

  /** UTF-8 byte column of UTF-16 offset `pos` on the line starting at `lineStart`. */
  byteCol(pos: number, lineStart: number): number {
    if (this.ascii) return pos - lineStart;
    let i = lineStart;
    let n = 0;
    if (this.colCacheLineStart === lineStart && this.colCachePos <= pos && this.colCachePos >= lineStart) {
      i = this.colCachePos;
      n = this.colCacheByte;
    }
    n += utf8Width(this.src, i, pos);
    this.colCacheLineStart = lineStart;
    this.colCachePos = pos;
    this.colCacheByte = n;
    return n;
  }

  /** Column in code points (what SyntaxError.offset counts, minus one). */
  charCol(pos: number, lineStart: number): number {
    let n = 0;
    for (let i = lineStart; i < pos; i++) {
      const c = this.src.charCodeAt(i);
      // the second half of a surrogate pair is part of the same character
      if (c < 0xdc00 || c > 0xdfff || i === lineStart || this.src.charCodeAt(i - 1) < 0xd800 || this.src.charCodeAt(i - 1) > 0xdbff) n++;
    }
    return n;
  }

  /** SyntaxError.text of an error pegen reports for the tokenizer (indentation, line
   * continuation): the whole line with its newline, unlike tokenizer.c syntaxerror's. */
  pegenText(lineStart: number): string {
    return this.lineText(lineStart) + "\n";
  }

  lineText(lineStart: number): string {
    const e = this.src.indexOf("\n", lineStart);
    return this.src.slice(lineStart, e < 0 ? this.src.length : e);
  }

  /** tokenizer.c syntaxerror: the offset is the character column of the cursor. */
  fail(msg: string, pos = this.pos, kind: SyntaxErrorKind = "SyntaxError", lineno = this.lineno, lineStart = this.lineStart, endOffset?: number): never {
    const off = this.charCol(pos, lineStart);
    throw new TokenizerError(new CompileError(kind, msg, lineno, off, lineno, endOffset ?? off, this.lineText(lineStart), this.filename));
  }

  private push(type: TokType, start: number, end: number, value: string): void {
    const col = this.byteCol(start, this.lineStart);
    const endCol = this.ascii ? col + (end - start) : this.byteCol(end, this.lineStart);
    this.tokens.push(new Token(type, value, start, end, this.lineno, col, this.lineno, endCol));
  }

  private newLine(at: number): void {
    this.lineno++;
    this.lineStart = at;
  }

  run(): void {
    const s = this.src;
    const n = s.length;
    let atbol = true;
    for (;;) {
      // ---- start of a logical line: indentation (tok_get "Get indentation level")
      let blankline = false;
      if (atbol) {
        atbol = false;
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        for (;;) {
          const c = this.pos < n ? s.charCodeAt(this.pos) : -1;
          if (c === 32) { col++; altcol++; }
          else if (c === 9) { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; altcol = altcol + 1; }
          else if (c === 12) { col = altcol = 0; }
          else if (c === 92) {
            // indentation cannot be split by backslashes: the first one found decides
            contLineCol = contLineCol ? contLineCol : col;
            this.continuation();
            continue;
          }
          else break;
          this.pos++;
        }
        const c = this.pos < n ? s.charCodeAt(this.pos) : -1;
        if (c === 35 || c === 10) blankline = true;
        if (!blankline && this.parens.length === 0) {
          if (contLineCol) { col = contLineCol; altcol = contLineCol; }
          const top = this.indstack.length - 1;
          if (col === this.indstack[top]) {
            if (altcol !== this.altindstack[top]) this.tabError();
          } else if (col > this.indstack[top]) {
            if (this.indstack.length >= MAXINDENT) {
              throw new TokenizerError(new CompileError("IndentationError", "too many levels of indentation", this.lineno, 1, this.lineno, 0, this.pegenText(this.lineStart), this.filename), false);
            }
            if (altcol <= this.altindstack[top]) this.tabError();
            this.indstack.push(col);
            this.altindstack.push(altcol);
            this.tokens.push(new Token(TokType.INDENT, "", this.pos, this.pos, this.lineno, -1, this.lineno, this.byteCol(this.pos, this.lineStart)));
          } else {
            while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
              this.indstack.pop();
              this.altindstack.pop();
              this.tokens.push(new Token(TokType.DEDENT, "", this.pos, this.pos, this.lineno, -1, this.lineno, this.byteCol(this.pos, this.lineStart)));
            }
            if (col !== this.indstack[this.indstack.length - 1]) {
              // reported by pegen at the tokenizer's cursor: the end of the line, newline included
              const eol = this.src.indexOf("\n", this.pos);
              const off = this.charCol(eol < 0 ? this.src.length : eol + 1, this.lineStart);
              throw new TokenizerError(new CompileError("IndentationError", "unindent does not match any outer indentation level", this.lineno, off, this.lineno, -1, this.pegenText(this.lineStart), this.filename), false);
            }
            if (altcol !== this.altindstack[this.altindstack.length - 1]) this.tabError();
          }
        }
      }
      // ---- tokens of the line (tok_get "again")
      for (;;) {
        let c = this.pos < n ? s.charCodeAt(this.pos) : -1;
        while (c === 32 || c === 9 || c === 12) c = s.charCodeAt(++this.pos);
        if (this.pos >= n) c = -1;
        const start = this.pos;
        if (c === 35) {
          // comment: skip to end of line
          const e = s.indexOf("\n", this.pos);
          this.pos = e < 0 ? n : e;
          c = this.pos < n ? 10 : -1;
        }
        if (c === -1) {
          this.endOfInput();
          return;
        }
        if (isIdentStart(c)) {
          this.nameOrString(c);
          continue;
        }
        if (c === 10) {
          this.pos++;
          if (blankline || this.parens.length > 0) {
            this.newLine(this.pos);
            atbol = true;
            break;
          }
          const col = this.implicitNewline && this.pos === n ? -1 : this.byteCol(start, this.lineStart);
          this.tokens.push(new Token(TokType.NEWLINE, "", start, start + 1, this.lineno, col, this.lineno, col + 1));
          this.newLine(this.pos);
          atbol = true;
          break;
        }
        if (c === 46) {
          const c2 = s.charCodeAt(this.pos + 1);
          if (isDigit(c2)) { this.number(); continue; }
          if (c2 === 46 && s.charCodeAt(this.pos + 2) === 46) {
            this.pos += 3;
            this.push(TokType.OP, start, this.pos, "...");
            continue;
          }
          this.pos++;
          this.push(TokType.OP, start, this.pos, ".");
          continue;
        }
        if (isDigit(c)) { this.number(); continue; }
        if (c === 34 || c === 39) { this.string(start, start); continue; }
        if (c === 92) {
          this.continuation();
          continue;
        }
        this.operator(c, start);
      }
    }
  }

  private tabError(): never {
    throw new TokenizerError(new CompileError("TabError", "inconsistent use of tabs and spaces in indentation", this.lineno, 1, this.lineno, 0, this.pegenText(this.lineStart), this.filename), false);
  }

  /** tok_continuation_line: a backslash must end the physical line. */
  private continuation(): void {
    const s = this.src;
    if (s.charCodeAt(this.pos + 1) !== 10) {
      this.pos++;
      const off = this.charCol(this.pos, this.lineStart) + 1;
      throw new TokenizerError(new CompileError("SyntaxError", "unexpected character after line continuation character", this.lineno, off, this.lineno, 0, this.pegenText(this.lineStart), this.filename), false);
    }
    this.pos += 2;
    this.newLine(this.pos);
    if (this.pos >= s.length) {
      // CPython reports it at the end of the previous line
      this.lineno--;
      const prevStart = s.lastIndexOf("\n", this.pos - 2) + 1;
      const off = this.charCol(this.pos - 1, prevStart) + 1;
      throw new TokenizerError(new CompileError("SyntaxError", "unexpected EOF while parsing", this.lineno, off, this.lineno, -1, this.lineText(prevStart), this.filename), false);
    }
  }

  private endOfInput(): void {
    const n = this.src.length;
    // positions of the tokens CPython makes at EOF: the last line, at its end
    const lastStart = this.src.lastIndexOf("\n", n - 2) + 1;
    const lineno = this.lineno - 1;
    const col = this.byteCol(n - 1, lastStart);
    if (this.parens.length > 0) {
      // tokenizer.c raise_unclosed_parentheses_error: at the innermost open bracket; pegen
      // takes the text from the tokenizer's buffer (newline kept) only when the bracket is
      // on the tokenizer's current line, the last one
      const open = this.parens[this.parens.length - 1];
      const ls = this.lineStartOf(open.lineno);
      const off = this.charCol(ls + open.col, ls) + 1;
      this.unclosed = new CompileError("SyntaxError", `'${String.fromCharCode(open.ch)}' was never closed`, open.lineno, off, open.lineno, 0, open.lineno === lineno ? this.pegenText(ls) : this.lineText(ls), this.filename);
      this.tokens.push(new Token(TokType.EOF_IN_BRACKETS, "", n, n, lineno, col, lineno, col));
      return;
    }
    // DEDENT and ENDMARKER have no column (-1); an error there uses the cursor, at the end
    // of the last line after its newline
    while (this.indstack.length > 1) {
      this.indstack.pop();
      this.tokens.push(new Token(TokType.DEDENT, "", n, n, lineno, -1, lineno, col + 1));
    }
    this.tokens.push(new Token(TokType.ENDMARKER, "", n, n, lineno, -1, lineno, col + 1));
  }

  private nameOrString(c0: number): void {
    const s = this.src;
    const start = this.pos;
    let c = c0;
    // string prefixes: the legal combinations of b, r, u, f (tokenizer.c tok_get)
    let sawB = false, sawR = false, sawU = false, sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
      else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
      else break;
      c = s.charCodeAt(++this.pos);
      if (c === 34 || c === 39) {
        this.string(start, this.pos);
        return;
      }
    }
    let nonascii = false;
    while (this.pos < s.length && isIdentChar(c)) {
      if (c >= 128) nonascii = true;
      c = s.charCodeAt(++this.pos);
    }
    const text = s.slice(start, this.pos);
    if (nonascii) {
      if (escapedByteIndex(text) >= 0) {
        // pegen reports it at the tokenizer's cursor, the end of the name
        const off = this.charCol(this.pos, this.lineStart);
        throw new TokenizerError(new CompileError("SyntaxError", undecodableMessage(text), this.lineno, off, this.lineno, -1, this.lineText(this.lineStart), this.filename));
      }
      const bad = scanIdentifier(text);
      if (bad >= 0) {
        const chars = Array.from(text);
        const ch = chars[bad];
        const end = start + chars.slice(0, bad + 1).join("").length;
        const cp = ch.codePointAt(0)!;
        if (isPrintable(ch)) this.fail(`invalid character '${ch}' (U+${hex4(cp)})`, end);
        this.fail(`invalid non-printable character U+${hex4(cp)}`, end);
      }
    }
    this.push(TokType.NAME, start, this.pos, text);
  }

  /** tok_decimal_tail: digits with single underscores between them. */
  private decimalTail(): number {
    const s = this.src;
    for (;;) {
      let c: number;
      do c = s.charCodeAt(++this.pos); while (isDigit(c));
      if (c !== 95) return c;
      c = s.charCodeAt(++this.pos);
      if (!isDigit(c)) this.fail("invalid decimal literal");
    }
  }

  /** verify_end_of_number: `1if x else y` is allowed with a warning, `1abc` is not. */
  private verifyEnd(c: number, kind: string): void {
    const s = this.src;
    const next = s.charCodeAt(this.pos + 1);
    let r = false;
    if (c === 97) r = s.startsWith("nd", this.pos + 1); // and
    else if (c === 101) r = s.startsWith("lse", this.pos + 1); // else
    else if (c === 102) r = s.startsWith("or", this.pos + 1); // for
    else if (c === 105) r = next === 102 || next === 110 || next === 115; // if in is
    else if (c === 110) r = s.startsWith("ot", this.pos + 1); // not
    else if (c === 111) r = next === 114; // or
    // (CPython only warns there, since `1if x else y` was once valid); as an error
    // the warning points at the character after the number
    if (r) {
      const offset = this.charCol(this.pos, this.lineStart);
      this.warnings.push({ category: "SyntaxWarning", message: `invalid ${kind} literal`, lineno: this.lineno, offset, endLineno: this.lineno, endOffset: offset });
    }
    if (!r && c < 128 && isIdentChar(c)) this.fail(`invalid ${kind} literal`);
  }

  private number(): void {
    const s = this.src;
    const start = this.pos;
    let c = s.charCodeAt(this.pos);
    const done = (): void => this.push(TokType.NUMBER, start, this.pos, s.slice(start, this.pos));
    const fraction = (): void => {
      // at the first character after '.'
      if (isDigit(c)) { this.pos--; c = this.decimalTail(); }
      if (c === 101 || c === 69) { exponent(); return; }
      if (c === 106 || c === 74) { imaginary(); return; }
      this.verifyEnd(c, "decimal");
      done();
    };
    const exponent = (): void => {
      const ePos = this.pos;
      c = s.charCodeAt(++this.pos);
      if (c === 43 || c === 45) {
        c = s.charCodeAt(++this.pos);
        if (!isDigit(c)) this.fail("invalid decimal literal");
      } else if (!isDigit(c)) {
        this.pos = ePos;
        // the letter as written: `1else` may warn, `1Else` is an error (tokenizer.c
        // passes the exponent character itself to verify_end_of_number)
        this.verifyEnd(s.charCodeAt(ePos), "decimal");
        done();
        return;
      }
      this.pos--;
      c = this.decimalTail();
      if (c === 106 || c === 74) { imaginary(); return; }
      this.verifyEnd(c, "decimal");
      done();
    };
    const imaginary = (): void => {
      c = s.charCodeAt(++this.pos);
      this.verifyEnd(c, "imaginary");
      done();
    };
    const radix = (isOk: (c: number) => boolean, kind: string): void => {
      c = s.charCodeAt(++this.pos);
      do {
        if (c === 95) c = s.charCodeAt(++this.pos);
        if (!isOk(c)) {
          if (kind !== "hexadecimal" && isDigit(c)) { this.pos++; this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`); }
          this.fail(`invalid ${kind} literal`);
        }
        do c = s.charCodeAt(++this.pos); while (isOk(c));
      } while (c === 95);
      if (kind !== "hexadecimal" && isDigit(c)) { this.pos++; this.fail(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`); }
      this.verifyEnd(c, kind);
      done();
    };
    if (c === 46) {
      c = s.charCodeAt(++this.pos);
      fraction();
      return;
    }
    if (c === 48) {
      c = s.charCodeAt(++this.pos);
      if (c === 120 || c === 88) return radix(isHexDigit, "hexadecimal");
      if (c === 111 || c === 79) return radix((x) => x >= 48 && x <= 55, "octal");
      if (c === 98 || c === 66) return radix((x) => x === 48 || x === 49, "binary");
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          c = s.charCodeAt(++this.pos);
          if (!isDigit(c)) this.fail("invalid decimal literal");
        }
        if (c !== 48) break;
        c = s.charCodeAt(++this.pos);
      }
      const zerosEnd = this.pos;
      if (isDigit(c)) {
        nonzero = true;
        this.pos--;
        c = this.decimalTail();
      }
      if (c === 46) { c = s.charCodeAt(++this.pos); fraction(); return; }
      if (c === 101 || c === 69) { exponent(); return; }
      if (c === 106 || c === 74) { imaginary(); return; }
      if (nonzero) {
        const a = this.charCol(start, this.lineStart) + 1;
        const b = this.charCol(zerosEnd, this.lineStart) + 1;
        throw new TokenizerError(new CompileError("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", this.lineno, a, this.lineno, b, this.lineText(this.lineStart), this.filename));
      }
      this.verifyEnd(c, "decimal");
      done();
      return;
    }
    this.pos--;
    c = this.decimalTail();
    if (c === 46) { c = s.charCodeAt(++this.pos); fraction(); return; }
    if (c === 101 || c === 69) { exponent(); return; }
    if (c === 106 || c === 74) { imaginary(); return; }
    this.verifyEnd(c, "decimal");
    done();
  }

  /** A string literal; `start` is where its prefix starts, `q` its opening quote. */
  private string(start: number, q: number): void {
    const s = this.src;
    const quote = s.charCodeAt(q);
    const firstLineno = this.lineno;
    const firstLineStart = this.lineStart;
    let quoteSize = 1;
    let p = q + 1;
    if (s.charCodeAt(p) === quote && s.charCodeAt(p + 1) === quote) {
      quoteSize = 3;
      p += 2;
    }
    let endQuote = 0;
    if (quoteSize === 1 && s.charCodeAt(p) === quote) {
      p++;
      endQuote = 1;
    }
    while (endQuote !== quoteSize) {
      const c = p < s.length ? s.charCodeAt(p) : -1;
      p++;
      if (c === -1 || (quoteSize === 1 && c === 10)) {
        // at EOF the tokenizer is still on the last line
        const detected = c === -1 ? this.lineno - 1 : this.lineno;
        const off = this.charCol(start, firstLineStart) + 1;
        const msg = quoteSize === 3
          ? `unterminated triple-quoted string literal (detected at line ${detected})`
          : `unterminated string literal (detected at line ${detected})`;
        throw new TokenizerError(new CompileError("SyntaxError", msg, firstLineno, off, firstLineno, off, this.lineText(firstLineStart), this.filename));
      }
      if (c === quote) endQuote++;
      else {
        endQuote = 0;
        if (c === 92) {
          if (s.charCodeAt(p) === 10) this.newLine(p + 1);
          p++;
        } else if (c === 10) this.newLine(p);
      }
    }
    this.pos = p;
    const col = this.byteCol(start, firstLineStart);
    const endCol = this.byteCol(p, this.lineStart);
    this.tokens.push(new Token(TokType.STRING, s.slice(start, p), start, p, firstLineno, col, this.lineno, endCol));
  }

  private operator(c: number, start: number): void {
    const s = this.src;
    const c2 = s.charCodeAt(this.pos + 1);
    if (c2 === 61 || c2 === 62 || c2 === 42 || c2 === 47 || c2 === 60) {
      const two = s.slice(this.pos, this.pos + 2);
      if (TWO.has(two)) {
        const three = s.slice(this.pos, this.pos + 3);
        if (three.length === 3 && THREE.has(three)) {
          this.pos += 3;
          this.push(TokType.OP, start, this.pos, three);
        } else {
          this.pos += 2;
          this.push(TokType.OP, start, this.pos, two);
        }
        return;
      }
    }
    switch (c) {
      case 40: case 91: case 123:
        if (this.parens.length >= MAXLEVEL) { this.pos++; this.fail("too many nested parentheses"); }
        this.parens.push({ ch: c, lineno: this.lineno, col: start - this.lineStart });
        break;
      case 41: case 93: case 125: {
        if (this.parens.length === 0) { this.pos++; this.fail(`unmatched '${String.fromCharCode(c)}'`); }
        const open = this.parens.pop()!;
        const ok = (open.ch === 40 && c === 41) || (open.ch === 91 && c === 93) || (open.ch === 123 && c === 125);
        if (!ok) {
          this.pos++;
          const cl = String.fromCharCode(c);
          const op = String.fromCharCode(open.ch);
          if (open.lineno !== this.lineno) this.fail(`closing parenthesis '${cl}' does not match opening parenthesis '${op}' on line ${open.lineno}`);
          this.fail(`closing parenthesis '${cl}' does not match opening parenthesis '${op}'`);
        }
        break;
      }
    }
    const cp = s.codePointAt(this.pos)!;
    if (cp < 128 ? cp < 32 || cp === 127 : !isPrintable(String.fromCodePoint(cp))) {
      this.pos += cp > 0xffff ? 2 : 1;
      this.fail(`invalid non-printable character U+${hex4(cp)}`);
    }
    this.pos++;
    this.push(TokType.OP, start, this.pos, s[start]);
  }

  private lineStartOf(lineno: number): number {
    let p = 0;
    for (let l = 1; l < lineno; l++) p = this.src.indexOf("\n", p) + 1;
    return p;
  }
}
