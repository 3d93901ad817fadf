// Character classes of the regex engine: [...] sets, the \d \s \w categories and
// their tests, with sre's meanings (Modules/_sre/sre.c SRE_CATEGORY / sre_lib.h
// SRE(charset)): Unicode \d is str.isdecimal, \s is str.isspace, \w is str.isalnum or
// '_'; the ASCII flag and bytes patterns use the ASCII definitions.
import { cpFlags, Prop } from "../../runtime/text/unicode.js";
import { caseVariantsA, caseVariantsU } from "./casefold.js";

/** Category bits of a class item (\d \D \s \S \w \W). */
export const enum Cat {
  Digit = 1,
  NotDigit = 2,
  Space = 4,
  NotSpace = 8,
  Word = 16,
  NotWord = 32,
}

const WORD_PROPS = Prop.Alpha | Prop.Decimal | Prop.Digit | Prop.Numeric;

export function isWordU(c: number): boolean {
  if (c < 128) return isWordA(c);
  return (cpFlags(c) & WORD_PROPS) !== 0;
}
export function isWordA(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}
export function isDigitU(c: number): boolean {
  if (c < 128) return c >= 0x30 && c <= 0x39;
  return (cpFlags(c) & Prop.Decimal) !== 0;
}
export function isDigitA(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
export function isSpaceU(c: number): boolean {
  if (c < 128) return isSpaceA(c) || (c >= 0x1c && c <= 0x1f);
  return (cpFlags(c) & Prop.Space) !== 0;
}
export function isSpaceA(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/** A parsed [...] class (or a lone category escape). */
export interface CharSet {
  neg: boolean;
  /** inclusive [lo, hi] pairs in pattern order */
  ranges: number[];
  cats: number;
  /** IGNORECASE applies */
  ic: boolean;
  /** ASCII definitions of categories and case (bytes, or re.ASCII / re.LOCALE) */
  ascii: boolean;
}

export type CharTest = (c: number) => boolean;

/** Compile a set into a test; characters below 256 are answered from a table. */
export function compileSet(set: CharSet): CharTest {
  const r = set.ranges;
  const cats = set.cats;
  const ascii = set.ascii;
  const word = ascii ? isWordA : isWordU;
  const digit = ascii ? isDigitA : isDigitU;
  const space = ascii ? isSpaceA : isSpaceU;
  const raw = (c: number): boolean => {
    for (let i = 0; i < r.length; i += 2) if (c >= r[i] && c <= r[i + 1]) return true;
    if (cats !== 0) {
      if (cats & Cat.Digit && digit(c)) return true;
      if (cats & Cat.NotDigit && !digit(c)) return true;
      if (cats & Cat.Space && space(c)) return true;
      if (cats & Cat.NotSpace && !space(c)) return true;
      if (cats & Cat.Word && word(c)) return true;
      if (cats & Cat.NotWord && !word(c)) return true;
    }
    return false;
  };
  let inSet = raw;
  if (set.ic) {
    const variants = ascii ? caseVariantsA : caseVariantsU;
    inSet = (c: number): boolean => {
      if (raw(c)) return true;
      const vs = variants(c);
      for (let i = 0; i < vs.length; i++) if (vs[i] !== c && raw(vs[i])) return true;
      return false;
    };
  }
  const neg = set.neg;
  const table = new Uint8Array(256);
  for (let c = 0; c < 256; c++) table[c] = inSet(c) !== neg ? 1 : 0;
  return (c: number): boolean => (c < 256 ? table[c] === 1 : inSet(c) !== neg);
}
