// The cheap part of the unicodedata module (Modules/unicodedata.c): category, decimal,
// normalize, is_normalized, unidata_version. Names (name/lookup) live with the
// parser's \N{...} table; numeric values and east_asian_width are not carried.
import { UNIDATA_VERSION } from "../unicode-data.js";
import { raise } from "../raise.js";
import { fromCodePoints, toCodePoints } from "./codepoints.js";
import { Prop, category, cpFlags, decimalValue, type Category } from "./unicode.js";

export { UNIDATA_VERSION };

/** unicodedata.category for a one-code-point string. */
export function udCategory(ch: string): Category {
  return category(ch.codePointAt(0)!);
}

/** unicodedata.decimal(ch[, default]): ValueError "not a decimal" without a default. */
export function udDecimal<D>(ch: string, dflt?: D): number | D {
  const v = decimalValue(ch.codePointAt(0)!);
  if (v >= 0) return v;
  if (dflt === undefined) raise("ValueError", "not a decimal");
  return dflt;
}

const FORMS = new Set(["NFC", "NFD", "NFKC", "NFKD"]);

/** unicodedata.normalize(form, s). The JS engine normalizes; characters it knows but
 * Python's Unicode version does not are left alone, as Python does. Such a character
 * has combining class 0 there, so it blocks reordering and composition, and the
 * pieces between them can be normalized separately. */
export function udNormalize(form: string, s: string): string {
  if (!FORMS.has(form)) raise("ValueError", "invalid normalization form");
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  const cps = toCodePoints(s);
  const parts: string[] = [];
  let piece: number[] = [];
  const flush = () => {
    if (piece.length) parts.push(fromCodePoints(piece).normalize(form as "NFC"));
    piece = [];
  };
  for (const c of cps) {
    if (c > 0x7f && (cpFlags(c) & Prop.Assigned) === 0) {
      flush();
      parts.push(String.fromCodePoint(c));
    } else {
      // an ASCII character never composes with what precedes it: a safe place to cut
      if (c < 0x80 && piece.length > 4096) flush();
      piece.push(c);
    }
  }
  flush();
  return parts.join("");
}

/** unicodedata.is_normalized(form, s) */
export function udIsNormalized(form: string, s: string): boolean {
  return udNormalize(form, s) === s;
}
