// The parser's public entry points: source (bytes or text) to an AST, or a CompileError
// with CPython's kind, message and location.
import type { Expression, Interactive, Module } from "../ast/nodes.js";
import { CompileError, frontEndWarnings } from "../ast/syntax-error.js";
import { decodeSource } from "../tokenizer/decode.js";
import { TokType } from "../tokenizer/token.js";
import { tokenize, type Tokens } from "../tokenizer/tokenizer.js";
import { ParseFail } from "./base.js";
import { Parser } from "./statements.js";

function prepare(source: Uint8Array | string, filename: string, execInput = true): { parser: Parser; tokens: Tokens } {
  let text: string;
  if (typeof source === "string") {
    if (source.indexOf("\0") >= 0) throw new CompileError("SyntaxError", "source code string cannot contain null bytes", 0, 0, null, null, null, filename);
    text = source;
  } else text = decodeSource(source, filename);
  const tokens = tokenize(text, filename, execInput);
  return { parser: new Parser(tokens, filename), tokens };
}

/** What CPython reports when parsing fails (pegen_errors.c _PyPegen_set_syntax_error),
 * carrying the warnings emitted before the failure (frontEndWarnings). */
function failure(e: unknown, parser: Parser, tokens: Tokens, filename: string): CompileError {
  const err = failureError(e, parser, tokens, filename);
  if (tokens.warnings.length) frontEndWarnings.set(err, tokens.warnings);
  return err;
}

function failureError(e: unknown, parser: Parser, tokens: Tokens, filename: string): CompileError {
  if (e instanceof RangeError) {
    // JavaScript's stack ran out on deeply nested input; CPython 3.11 raises MemoryError or
    // RecursionError here. Report it as a SyntaxError where the parser got to.
    const t = parser.furthestToken();
    return new CompileError("SyntaxError", "too many nested parentheses or expressions (maximum recursion depth exceeded during compilation)", t.lineno, Math.max(t.col, 0) + 1, null, null, null, filename);
  }
  let err: CompileError;
  if (e instanceof ParseFail) {
    const t = parser.furthestToken();
    if (t.type === TokType.INDENT || t.type === TokType.DEDENT) {
      // reported without looking at the rest of the file
      return parser.errorAt(t.type === TokType.INDENT ? "unexpected indent" : "unexpected unindent", t, "IndentationError");
    }
    // RAISE_SYNTAX_ERROR_KNOWN_LOCATION: a token without a column gives offset 0
    err = t.col < 0 ? new CompileError("SyntaxError", "invalid syntax", t.lineno, 0, t.lineno, 0, null, filename) : parser.errorAt("invalid syntax", t, "SyntaxError");
  } else if (e instanceof CompileError) {
    // the parser got to a tokenizer error: that is the error
    if (e === tokens.error || e === tokens.unclosed) return e;
    err = e;
  } else throw e;
  // _PyPegen_tokenize_full_source_to_check_for_errors: a tokenizer exception anywhere in
  // the file wins, and so does an unclosed bracket opened on a line before the error's
  if (tokens.error && tokens.errorOverrides) return tokens.error;
  // (the line compared is that of the last token fetched, p->tokens[p->fill - 1])
  if (tokens.unclosed && Math.max(err.lineno, parser.furthestToken().lineno) > tokens.unclosed.lineno) return tokens.unclosed;
  return err;
}

/** Records the tokenizer's warnings for the compiler to report (frontEndWarnings). */
function withWarnings<T extends object>(tree: T, tokens: Tokens): T {
  if (tokens.warnings.length) frontEndWarnings.set(tree, tokens.warnings);
  return tree;
}

/** ast.parse(source, filename) in "exec" mode. */
export function parseModule(source: Uint8Array | string, filename: string): Module {
  const { parser, tokens } = prepare(source, filename);
  try {
    return withWarnings(parser.file(), tokens);
  } catch (e) {
    throw failure(e, parser, tokens, filename);
  }
}

/** ast.parse(source, filename, mode="eval"): for eval(). */
export function parseExpression(source: Uint8Array | string, filename: string): Expression {
  const { parser, tokens } = prepare(source, filename, false);
  try {
    return withWarnings({ _type: "Expression", body: parser.evalInput() }, tokens);
  } catch (e) {
    throw failure(e, parser, tokens, filename);
  }
}

/** ast.parse(source, filename, mode="single"): one interactive statement (the REPL). */
export function parseInteractive(source: Uint8Array | string, filename: string): Interactive {
  const { parser, tokens } = prepare(source, filename, false);
  try {
    return withWarnings({ _type: "Interactive", body: parser.singleInput() }, tokens);
  } catch (e) {
    throw failure(e, parser, tokens, filename);
  }
}
