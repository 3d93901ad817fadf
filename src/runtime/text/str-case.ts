// str case conversions and character-class predicates (Objects/unicodeobject.c
// do_upper/do_lower/do_title/do_capitalize/do_swapcase/do_casefold, unicode_is*_impl).
import { toCodePoints } from "./codepoints.js";
import { Prop, cpFlags, foldCp, lowerCp, titleCp, upperCp } from "./unicode.js";

const ASCII = /^[\x00-\x7f]*$/;

/** unicodeobject.c handle_capital_sigma: U+03A3 lowercases to final sigma when preceded
 * by a cased letter and not followed by one, skipping case-ignorable characters. */
function sigmaAt(cps: number[], i: number): string {
  let j = i - 1;
  while (j >= 0 && cpFlags(cps[j]) & Prop.CaseIgnorable) j--;
  let final = j >= 0 && (cpFlags(cps[j]) & Prop.Cased) !== 0;
  if (final) {
    j = i + 1;
    while (j < cps.length && cpFlags(cps[j]) & Prop.CaseIgnorable) j++;
    final = j === cps.length || (cpFlags(cps[j]) & Prop.Cased) === 0;
  }
  return final ? "\u03c2" : "\u03c3";
}

/** unicodeobject.c lower_ucs4 */
function lowerAt(cps: number[], i: number): string {
  return cps[i] === 0x3a3 ? sigmaAt(cps, i) : lowerCp(cps[i]);
}

function mapEach(s: string, f: (cps: number[], i: number) => string): string {
  const cps = toCodePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += f(cps, i);
  return out;
}

/** str.lower */
export function strLower(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  return mapEach(s, lowerAt);
}

/** str.upper */
export function strUpper(s: string): string {
  if (s.length <= 32) {
    // short strings: one scan decides ASCII-ness and whether anything changes, so an
    // unchanged string (digits, already upper) is returned without toUpperCase's copy
    let lower = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 127) return mapEach(s, (cps, k) => upperCp(cps[k]));
      if (c >= 97 && c <= 122) lower = true;
    }
    return lower ? s.toUpperCase() : s;
  }
  if (ASCII.test(s)) return s.toUpperCase();
  return mapEach(s, (cps, i) => upperCp(cps[i]));
}

/** str.casefold */
export function strCasefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  return mapEach(s, (cps, i) => foldCp(cps[i]));
}

/** str.swapcase */
export function strSwapcase(s: string): string {
  return mapEach(s, (cps, i) => {
    const f = cpFlags(cps[i]);
    if (f & Prop.Upper) return lowerAt(cps, i);
    if (f & Prop.Lower) return upperCp(cps[i]);
    return String.fromCodePoint(cps[i]);
  });
}

/** str.capitalize: first code point to titlecase (since 3.8), the rest lowercased. */
export function strCapitalize(s: string): string {
  return mapEach(s, (cps, i) => (i === 0 ? titleCp(cps[0]) : lowerAt(cps, i)));
}

/** str.title */
export function strTitle(s: string): string {
  let previousIsCased = false;
  return mapEach(s, (cps, i) => {
    const c = cps[i];
    const r = previousIsCased ? lowerAt(cps, i) : titleCp(c);
    previousIsCased = (cpFlags(c) & Prop.Cased) !== 0;
    return r;
  });
}

function all(s: string, mask: number, ascii: RegExp): boolean {
  if (s.length === 0) return false;
  if (ASCII.test(s)) return ascii.test(s);
  for (const c of toCodePoints(s)) if ((cpFlags(c) & mask) === 0) return false;
  return true;
}

/** str.isalpha */
export const strIsalpha = (s: string) => all(s, Prop.Alpha, /^[A-Za-z]+$/);
/** str.isdecimal */
export const strIsdecimal = (s: string) => all(s, Prop.Decimal, /^[0-9]+$/);
/** str.isdigit */
export const strIsdigit = (s: string) => all(s, Prop.Digit, /^[0-9]+$/);
/** str.isnumeric */
export const strIsnumeric = (s: string) => all(s, Prop.Numeric, /^[0-9]+$/);
/** str.isalnum: Py_UNICODE_ISALNUM is alpha or decimal or digit or numeric. */
export const strIsalnum = (s: string) => all(s, Prop.Alpha | Prop.Decimal | Prop.Digit | Prop.Numeric, /^[A-Za-z0-9]+$/);
/** str.isspace */
export const strIsspace = (s: string) => all(s, Prop.Space, /^[\t-\r\x1c-\x1f ]+$/);

/** str.isprintable (true for the empty string) */
export function strIsprintable(s: string): boolean {
  if (ASCII.test(s)) return /^[ -~]*$/.test(s);
  for (const c of toCodePoints(s)) if ((cpFlags(c) & Prop.Printable) === 0) return false;
  return true;
}

/** str.isascii */
export function strIsascii(s: string): boolean {
  return ASCII.test(s);
}

/** str.islower: no uppercase or titlecase character, and at least one lowercase one. */
export function strIslower(s: string): boolean {
  let cased = false;
  for (const c of toCodePoints(s)) {
    const f = cpFlags(c);
    if (f & (Prop.Upper | Prop.Title)) return false;
    if (f & Prop.Lower) cased = true;
  }
  return cased;
}

/** str.isupper */
export function strIsupper(s: string): boolean {
  let cased = false;
  for (const c of toCodePoints(s)) {
    const f = cpFlags(c);
    if (f & (Prop.Lower | Prop.Title)) return false;
    if (f & Prop.Upper) cased = true;
  }
  return cased;
}

/** str.istitle: uppercase/titlecase characters only after uncased ones, lowercase only
 * after cased ones, and at least one cased character. */
export function strIstitle(s: string): boolean {
  let cased = false;
  let previousIsCased = false;
  for (const c of toCodePoints(s)) {
    const f = cpFlags(c);
    if (f & (Prop.Upper | Prop.Title)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (f & Prop.Lower) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else previousIsCased = false;
  }
  return cased;
}

/** str.isidentifier: XID_Start or '_' first, XID_Continue after (no NFKC here). */
export function strIsidentifier(s: string): boolean {
  if (s.length === 0) return false;
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(s)) return true;
  const cps = toCodePoints(s);
  if ((cpFlags(cps[0]) & Prop.IdStart) === 0) return false;
  for (let i = 1; i < cps.length; i++) if ((cpFlags(cps[i]) & Prop.IdContinue) === 0) return false;
  return true;
}
