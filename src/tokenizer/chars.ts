// Character classes of Python's lexical rules (Lexical analysis, "Identifiers and keywords").

/** ASCII letters, digits and underscore; any code unit >= 128 may continue an identifier
 * (tokenizer.c is_potential_identifier_char) and is checked afterwards. */
export const isIdentStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
export const isIdentChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isHexDigit = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

/** Index (in code points) of the first character that makes `s` an invalid identifier,
 * or -1 (unicodeobject.c _PyUnicode_ScanIdentifier). */
export function scanIdentifier(s: string): number {
  let i = 0;
  for (const ch of s) {
    const ok = i === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch);
    if (!ok) return i;
    i++;
  }
  return -1;
}

/** str.isprintable() for one character (unicodectype.c _PyUnicode_IsPrintable). */
export const isPrintable = (ch: string): boolean => ch === " " || !NOT_PRINTABLE.test(ch);

export const hex4 = (cp: number): string => cp.toString(16).toUpperCase().padStart(4, "0");
