// Tokens as the parser sees them: CPython's token types (Include/token.h) minus the ones
// the parser never receives (COMMENT, NL), with both UTF-16 offsets into the decoded
// source (for slicing) and CPython's positions (1-based lines, UTF-8 byte columns).
export const enum TokType {
  ENDMARKER,
  NAME,
  NUMBER,
  STRING,
  /** every operator and delimiter; `value` holds its text */
  OP,
  NEWLINE,
  INDENT,
  DEDENT,
  /** end of input inside brackets: the parser reports the unclosed bracket when it gets here */
  EOF_IN_BRACKETS,
  /** a tokenizer error; `error` holds it and the parser throws it when it gets here */
  ERRORTOKEN,
}

export class Token {
  constructor(
    readonly type: TokType,
    /** the token's text (for NAME: not yet NFKC-normalised) */
    readonly value: string,
    /** UTF-16 offsets into the decoded source */
    readonly start: number,
    readonly end: number,
    readonly lineno: number,
    /** UTF-8 byte column, as CPython's col_offset */
    readonly col: number,
    readonly endLineno: number,
    readonly endCol: number,
  ) {}
}
