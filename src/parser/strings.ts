// The `strings` rule: adjacent STRING tokens joined into one Constant or JoinedStr, as
// CPython 3.11's Parser/string_parser.c does (f-strings are parsed here, not by the
// tokenizer, and their inner expressions by a nested parser on "(expr)").
// Positions follow 3.11 exactly, quirks included: every Constant and FormattedValue piece
// carries the position of the whole concatenation, a format spec's JoinedStr that of its
// own token, and inner expressions are placed by fstring_find_expr_location.
import { bytesConst } from "../ast/constant.js";
import type { Constant, expr, FormattedValue, JoinedStr, Located } from "../ast/nodes.js";
import { CompileError } from "../ast/syntax-error.js";
import { Token, TokType } from "../tokenizer/token.js";
import { escapedByteIndex, undecodableMessage } from "../tokenizer/decode.js";
import { tokenize, type Tokens } from "../tokenizer/tokenizer.js";
import { utf8Width } from "../tokenizer/utf8.js";
import { ParseFail } from "./base.js";
import { ExprParser } from "./expressions.js";
import { decodeBytes, decodeStrEscapes, EscapeError, type BadEscape } from "./string-escapes.js";

interface Literal {
  tok: Token;
  bytes: boolean;
  raw: boolean;
  fstr: boolean;
  /** offsets of the body within tok.value */
  bodyStart: number;
  bodyEnd: number;
}

function splitLiteral(tok: Token): Literal {
  const v = tok.value;
  let i = 0;
  let bytes = false, raw = false, fstr = false;
  for (;; i++) {
    const c = v.charCodeAt(i);
    if (c === 34 || c === 39) break;
    if (c === 98 || c === 66) bytes = true;
    else if (c === 114 || c === 82) raw = true;
    else if (c === 102 || c === 70) fstr = true;
  }
  const q = v.charCodeAt(i + 1) === v.charCodeAt(i) && v.charCodeAt(i + 2) === v.charCodeAt(i) && v.length >= i + 6 ? 3 : 1;
  return { tok, bytes, raw, fstr, bodyStart: i + q, bodyEnd: v.length - q };
}

const utf8Len = (s: string): number => utf8Width(s, 0, s.length);

type Pos = Pick<Located, "lineno" | "col_offset" | "end_lineno" | "end_col_offset">;

/** State of one JoinedStr under construction (string_parser.c FstringParser). */
class FstringState {
  values: expr[] = [];
  lastStr = "";
  fmode = false;
}

export abstract class StringParser extends ExprParser {
  protected strings(): expr {
    const first = this.peek();
    const lits: Literal[] = [];
    while (this.peek().type === TokType.STRING) lits.push(splitLiteral(this.next()));
    const last = this.last;
    const whole: Pos = { lineno: first.lineno, col_offset: first.col, end_lineno: last.endLineno, end_col_offset: last.endCol };
    const kind = first.value.charCodeAt(0) === 117 ? "u" : null;
    const bytesMode = lits[0].bytes;
    for (const l of lits) if (l.bytes !== bytesMode) this.raiseHere("cannot mix bytes and nonbytes literals");
    for (const l of lits) {
      // bytes the source decoding could not decode: CPython finds them decoding the literal
      const body = l.tok.value.slice(l.bodyStart, l.bodyEnd);
      if (!l.bytes && escapedByteIndex(body) >= 0) this.raiseHere(undecodableMessage(body));
    }
    try {
      if (bytesMode) {
        const parts = lits.map((l) => {
          const bad: BadEscape = { first: null };
          const b = decodeBytes(l.tok.value.slice(l.bodyStart, l.bodyEnd), l.raw, bad);
          this.escapeWarning(bad, l.tok);
          return b;
        });
        let value = parts[0];
        if (parts.length > 1) {
          value = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
          let o = 0;
          for (const p of parts) { value.set(p, o); o += p.length; }
        }
        return { _type: "Constant", value: bytesConst(value), kind: null, ...whole } as Constant;
      }
      const st = new FstringState();
      for (const l of lits) {
        if (!l.fstr) {
          const body = l.tok.value.slice(l.bodyStart, l.bodyEnd);
          const bad: BadEscape = { first: null };
          st.lastStr += l.raw ? body : decodeStrEscapes(body, bad);
          this.escapeWarning(bad, l.tok);
        } else {
          st.fmode = true;
          this.fstringParse(st, l, l.bodyStart, 0, whole, kind);
        }
      }
      if (!st.fmode) return { _type: "Constant", value: st.lastStr, kind, ...whole } as Constant;
      if (st.lastStr) st.values.push({ _type: "Constant", value: st.lastStr, kind, ...whole } as Constant);
      return { _type: "JoinedStr", values: st.values, ...whole } as JoinedStr;
    } catch (e) {
      if (e instanceof EscapeError) {
        if (e.message.startsWith("bytes can only")) this.raiseAtToken(e.message, lits.find((l) => /[^\x00-\x7f]/.test(l.tok.value))?.tok ?? first);
        this.raiseHere(e.message);
      }
      throw e;
    }
  }

  /** string_parser.c warn_invalid_escape_sequence: a DeprecationWarning for the first
   * bad escape of a literal, located at its token when it is turned into an error. */
  private readonly warnedEscapes = new Set<string>();
  private escapeWarning(bad: BadEscape, tok: Token): void {
    const first = bad.first;
    if (first === null) return;
    const octal = first.charCodeAt(1) >= 52 && first.charCodeAt(1) <= 55;
    const message = octal ? `invalid octal escape sequence '${first}'` : `invalid escape sequence '${first.slice(0, 2)}'`;
    // a literal parsed again after backtracking warns once
    const key = `${tok.lineno}:${tok.col}:${message}`;
    if (this.warnedEscapes.has(key)) return;
    this.warnedEscapes.add(key);
    const at = this.errorAt(message, tok, "SyntaxError");
    this.tokInfo.warnings.push({ category: "DeprecationWarning", message, lineno: tok.lineno, offset: at.offset, endLineno: at.endLineno ?? undefined, endOffset: at.endOffset ?? undefined });
  }

  /** fstring_find_literal_and_expr loop over one f-string token from `i`; returns where it stopped. */
  private fstringParse(st: FstringState, l: Literal, i: number, level: number, whole: Pos, kind: string | null): number {
    const v = l.tok.value;
    const end = l.bodyEnd;
    for (;;) {
      // literal part
      const litStart = i;
      let resume = -1;
      while (i < end) {
        let ch = v[i++];
        if (!l.raw && ch === "\\" && i < end) {
          ch = v[i++];
          if (ch === "N") {
            if (i < end && v[i++] === "{") {
              while (i < end && v[i++] !== "}") { /* skip the name */ }
            }
            continue;
          }
        }
        if (ch === "{" || ch === "}") {
          if (level === 0) {
            if (i < end && v[i] === ch) { resume = i + 1; break; }
            if (ch === "}") this.raiseHere("f-string: single '}' is not allowed");
          }
          i--;
          break;
        }
      }
      if (litStart !== i) {
        const text = v.slice(litStart, i);
        // a backslash just before `{` stays a backslash (`f'\{x}'`: decode_unicode_with_escapes
        // turns a trailing lone backslash into \u005c)
        let odd = false;
        for (let k = text.length - 1; k >= 0 && text[k] === "\\"; k--) odd = !odd;
        const bad: BadEscape = { first: null };
        st.lastStr += l.raw ? text : odd ? decodeStrEscapes(text.slice(0, -1), bad) + "\\" : decodeStrEscapes(text, bad);
        this.escapeWarning(bad, l.tok);
      }
      if (resume >= 0) { i = resume; continue; }
      if (i >= end || v[i] === "}") return i;
      // expression part: v[i] === "{"
      i = this.fstringExpr(st, l, i, level, whole, kind);
    }
  }

  /** fstring_find_expr: `{expr[=][!c][:spec]}` starting at the brace at `i`. */
  private fstringExpr(st: FstringState, l: Literal, i: number, level: number, whole: Pos, kind: string | null): number {
    const v = l.tok.value;
    const end = l.bodyEnd;
    if (level >= 2) this.raiseHere("f-string: expressions nested too deeply");
    const brace = i;
    i++;
    const exprStart = i;
    let quote = "";
    let stringType = 0;
    const parens: string[] = [];
    for (; i < end; i++) {
      const ch = v[i];
      if (ch === "\\") this.raiseHere("f-string expression part cannot include a backslash");
      if (quote) {
        if (ch === quote) {
          if (stringType === 3) {
            if (i + 2 < end && v[i + 1] === ch && v[i + 2] === ch) { i += 2; stringType = 0; quote = ""; }
          } else { stringType = 0; quote = ""; }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (i + 2 < end && v[i + 1] === ch && v[i + 2] === ch) { stringType = 3; i += 2; }
        else stringType = 1;
        quote = ch;
      } else if (ch === "[" || ch === "{" || ch === "(") {
        if (parens.length >= 200) this.raiseHere("f-string: too many nested parenthesis");
        parens.push(ch);
      } else if (ch === "#") {
        this.raiseHere("f-string expression part cannot include '#'");
      } else if (parens.length === 0 && (ch === "!" || ch === ":" || ch === "}" || ch === "=" || ch === ">" || ch === "<")) {
        if (i + 1 < end) {
          const nx = v[i + 1];
          if ((ch === "!" || ch === "=" || ch === "<" || ch === ">") && nx === "=") { i++; continue; }
        }
        if (ch === ">" || ch === "<") continue;
        break;
      } else if (ch === "]" || ch === "}" || ch === ")") {
        if (parens.length === 0) this.raiseHere(`f-string: unmatched '${ch}'`);
        const open = parens.pop()!;
        if (!((open === "(" && ch === ")") || (open === "[" && ch === "]") || (open === "{" && ch === "}"))) {
          this.raiseHere(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
    }
    const exprEnd = i;
    if (quote) this.raiseHere("f-string: unterminated string");
    if (parens.length) this.raiseHere(`f-string: unmatched '${parens[parens.length - 1]}'`);
    if (i >= end) this.raiseHere("f-string: expecting '}'");
    const value = this.compileFstringExpr(l.tok, brace, exprStart, exprEnd);
    let exprText: string | null = null;
    if (v[i] === "=") {
      i++;
      while (i < end && " \t\n\r\f\v".includes(v[i])) i++;
      if (i >= end) this.raiseHere("f-string: expecting '}'");
      exprText = v.slice(exprStart, i);
    }
    let conversion = -1;
    if (v[i] === "!") {
      i++;
      if (i >= end) this.raiseHere("f-string: expecting '}'");
      const c = v[i++];
      if (c !== "s" && c !== "r" && c !== "a") this.raiseHere("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = c.charCodeAt(0);
    }
    let formatSpec: JoinedStr | null = null;
    if (i < end && v[i] === ":") {
      i++;
      if (i >= end) this.raiseHere("f-string: expecting '}'");
      const spec = new FstringState();
      spec.fmode = true;
      i = this.fstringParse(spec, l, i, level + 1, whole, kind);
      const t = l.tok;
      // the spec's trailing literal gets its own token's position (FstringParser_Finish(p, &state, t, t))
      if (spec.lastStr) spec.values.push({ _type: "Constant", value: spec.lastStr, kind, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol } as Constant);
      formatSpec = { _type: "JoinedStr", values: spec.values, lineno: t.lineno, col_offset: t.col, end_lineno: t.endLineno, end_col_offset: t.endCol };
    }
    if (i >= end || v[i] !== "}") this.raiseHere("f-string: expecting '}'");
    i++;
    if (exprText !== null) {
      st.lastStr += exprText;
      if (formatSpec === null && conversion === -1) conversion = 114;
    }
    // literal text so far (with any `expr=` text) becomes a Constant before the value
    if (st.lastStr) {
      st.values.push({ _type: "Constant", value: st.lastStr, kind, ...whole } as Constant);
      st.lastStr = "";
    }
    st.values.push({ _type: "FormattedValue", value, conversion, format_spec: formatSpec, ...whole } as FormattedValue);
    return i;
  }

  /** fstring_compile_expr + fstring_find_expr_location: parse "(expr)" with shifted positions. */
  private compileFstringExpr(t: Token, brace: number, exprStart: number, exprEnd: number): expr {
    const v = t.value;
    const text = v.slice(exprStart, exprEnd);
    let blank = true;
    for (let k = 0; k < text.length; k++) {
      const c = text[k];
      if (!(c === " " || c === "\t" || c === "\n" || c === "\f")) { blank = false; break; }
    }
    if (blank) {
      const nx = v[exprEnd];
      if (nx === "!" || nx === ":" || nx === "=") this.raiseHere(`f-string: expression required before '${nx}'`);
      this.raiseHere("f-string: empty expression not allowed");
    }
    // fstring_find_expr_location
    let newlineAfterBrace = true;
    for (let k = brace + 1; k < v.length && v[k] !== "}" && v[k] !== "\n"; k++) {
      const c = v[k];
      if (c !== " " && c !== "\t" && c !== "\f") { newlineAfterBrace = false; break; }
    }
    let lines = 0;
    for (let k = 0; k < brace; k++) if (v.charCodeAt(k) === 10) lines++;
    let cols = 0;
    if (!newlineAfterBrace) {
      const nl = v.lastIndexOf("\n", brace);
      cols = nl < 0 ? utf8Len(v.slice(0, brace)) : utf8Len(v.slice(nl + 1, brace));
    }
    const startLine = t.lineno + lines;
    const startCol = lines === 0 ? t.col + cols : cols;
    const sub = tokenize("(" + text + ")", this.filename);
    const Ctor = this.constructor as new (tokens: Tokens, filename: string) => StringParser;
    const p = new Ctor(sub, this.filename);
    let e: expr;
    try {
      e = p.fstringInput();
    } catch (err) {
      // errors keep their columns within "(expr)" (pegen subtracts starting_col_offset)
      if (err instanceof ParseFail) {
        const at = p.toks[Math.min(p.maxPos, p.toks.length - 1)];
        throw new CompileError("SyntaxError", "f-string: invalid syntax", at.lineno + startLine - 1, at.col + 1, at.endLineno + startLine - 1, at.endCol + 1, null, this.filename);
      }
      if (err instanceof CompileError) {
        // tokenizer errors carry no "f-string: " prefix (tokenizer.c syntaxerror)
        const msg = err.msg.startsWith("f-string") || err === sub.error ? err.msg : "f-string: " + err.msg;
        throw new CompileError(err.kind, msg, err.lineno + startLine - 1, err.offset, (err.endLineno ?? err.lineno) + startLine - 1, err.endOffset, err.text, err.filename);
      }
      throw err;
    }
    shiftPositions(e, startLine - 1, startCol);
    return e;
  }

  /** the `fstring` start rule: star_expressions */
  protected fstringInput(): expr {
    const e = this.starExpressions();
    if (this.peek().type !== TokType.NEWLINE) this.fail();
    return e;
  }
}

/** Moves a sub-parse's nodes to where the expression sits in the file: pegen shifts the
 * columns of tokens on the expression's first line by starting_col_offset. */
function shiftPositions(root: object, lines: number, cols: number): void {
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v !== "object" || v === null || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) { for (const x of v) visit(x); return; }
    const n = v as Record<string, unknown>;
    if (typeof n.lineno === "number" && typeof n.col_offset === "number") {
      const loc = n as unknown as Located;
      if (loc.lineno === 1) loc.col_offset += cols;
      if (loc.end_lineno === 1 && loc.end_col_offset !== null) loc.end_col_offset += cols;
      loc.lineno += lines;
      if (loc.end_lineno !== null) loc.end_lineno += lines;
    }
    for (const k in n) if (k !== "_type") visit(n[k]);
  };
  visit(root);
}
