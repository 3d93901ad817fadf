// Per-code-point Unicode properties and case mappings as Python 3.11 sees them
// (Objects/unicodectype.c), from the tables of unicode-data.ts. See
// scripts/gen_unicode_tables.py for why each property is "JS escape, gated to the
// characters assigned in Python's Unicode version, corrected by a diff table".
import { BASE, CATEGORIES, CATEGORY_EXC, FOLD_EXC, LOWER_EXC, TABLES, TITLE_EXC, UPPER_EXC, type PropName } from "../unicode-data.js";

/** Sorted range boundaries [s0, e0, s1, e1, ...], end exclusive. */
function decodeRanges(enc: string): Int32Array {
  if (enc === "") return new Int32Array(0);
  const parts = enc.split(",");
  const out = new Int32Array(parts.length);
  let pos = 0;
  for (let i = 0; i < parts.length; i++) {
    pos += parseInt(parts[i], 36);
    out[i] = pos;
  }
  return out;
}

function inRanges(b: Int32Array, c: number): boolean {
  // count of boundaries <= c is odd inside a range
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b[mid] <= c) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

const PROPS = Object.keys(BASE) as PropName[];
const RANGES = PROPS.map((p) => decodeRanges(TABLES[p]));
const ASSIGNED = RANGES[PROPS.indexOf("assigned")];

/** Bit flags, one per property, in the order of unicode-data.ts BASE. */
export const enum Prop {
  Assigned = 1 << 0,
  Space = 1 << 1,
  Alpha = 1 << 2,
  Decimal = 1 << 3,
  Digit = 1 << 4,
  Numeric = 1 << 5,
  Lower = 1 << 6,
  Upper = 1 << 7,
  Title = 1 << 8,
  Printable = 1 << 9,
  IdStart = 1 << 10,
  IdContinue = 1 << 11,
  Cased = 1 << 12,
  CaseIgnorable = 1 << 13,
}
const COMPUTED = 1 << 15;

function computeFlags(c: number): number {
  const ch = String.fromCodePoint(c);
  const assigned = inRanges(ASSIGNED, c);
  let m = 0;
  for (let i = 0; i < PROPS.length; i++) {
    const re = BASE[PROPS[i]];
    const base = re === null ? false : assigned && re.test(ch);
    if (base !== inRanges(RANGES[i], c)) m |= 1 << i;
  }
  return m;
}

// Lazily filled cache in pages of 4096 code points, allocated on first use.
const pages: (Uint16Array | undefined)[] = [];

/** All property flags of code point c. */
export function cpFlags(c: number): number {
  const page = (pages[c >> 12] ??= new Uint16Array(4096));
  const f = page[c & 4095];
  if (f & COMPUTED) return f & ~COMPUTED;
  const m = computeFlags(c);
  page[c & 4095] = m | COMPUTED;
  return m;
}

export function hasProp(c: number, p: Prop): boolean {
  return (cpFlags(c) & p) !== 0;
}

// Python's str.isspace set (Py_UNICODE_ISSPACE): bidi classes WS, B, S or category Zs.
export function isSpaceCp(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return (cpFlags(c) & Prop.Space) !== 0;
}

/** Line boundaries of str.splitlines (Py_UNICODE_ISLINEBREAK). */
export function isLineBreakCp(c: number): boolean {
  return (c >= 10 && c <= 13) || (c >= 28 && c <= 30) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Full case mappings: 'start+count*delta' runs and 'cp=cp.cp' entries. */
function decodeMap(enc: string): Map<number, string> {
  const m = new Map<number, string>();
  if (enc === "") return m;
  for (const part of enc.split(",")) {
    const eq = part.indexOf("=");
    if (eq >= 0) {
      const cps = part.slice(eq + 1).split(".").map((x) => parseInt(x, 36));
      m.set(parseInt(part.slice(0, eq), 36), String.fromCodePoint(...cps));
      continue;
    }
    const [start, rest] = part.split("+");
    const [count, delta] = rest.split("*");
    const s = parseInt(start, 36);
    const d = parseInt(delta, 36);
    for (let i = 0; i < parseInt(count, 36); i++) m.set(s + i, String.fromCodePoint(s + i + d));
  }
  return m;
}

let upperExc: Map<number, string> | undefined;
let lowerExc: Map<number, string> | undefined;
let titleExc: Map<number, string> | undefined;
let foldExc: Map<number, string> | undefined;

/** _PyUnicode_ToUpperFull. */
export function upperCp(c: number): string {
  if (c < 128) return String.fromCharCode(c >= 97 && c <= 122 ? c - 32 : c);
  const e = (upperExc ??= decodeMap(UPPER_EXC)).get(c);
  if (e !== undefined) return e;
  const ch = String.fromCodePoint(c);
  return inRanges(ASSIGNED, c) ? ch.toUpperCase() : ch;
}

/** _PyUnicode_ToLowerFull (without the Final_Sigma context; see lowerStr). */
export function lowerCp(c: number): string {
  if (c < 128) return String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c);
  const e = (lowerExc ??= decodeMap(LOWER_EXC)).get(c);
  if (e !== undefined) return e;
  const ch = String.fromCodePoint(c);
  if (!inRanges(ASSIGNED, c)) return ch;
  // JS lowercases a lone capital sigma by position; the context rule is applied by the caller.
  return c === 0x3a3 ? "\u03c3" : ch.toLowerCase();
}

/** _PyUnicode_ToTitleFull. */
export function titleCp(c: number): string {
  if (c < 128) return upperCp(c);
  return (titleExc ??= decodeMap(TITLE_EXC)).get(c) ?? upperCp(c);
}

/** _PyUnicode_ToFoldedFull. */
export function foldCp(c: number): string {
  if (c < 128) return lowerCp(c);
  return (foldExc ??= decodeMap(FOLD_EXC)).get(c) ?? lowerCp(c);
}

/** Numeric_Type=Decimal value of c (_PyUnicode_ToDecimalDigit), or -1. Decimal digits
 * come in contiguous runs of whole sets of ten, each starting at a zero. */
export function decimalValue(c: number): number {
  if (c < 128) return c >= 48 && c <= 57 ? c - 48 : -1;
  if (!hasProp(c, Prop.Decimal)) return -1;
  let z = c;
  while (hasProp(z - 1, Prop.Decimal)) z--;
  return (c - z) % 10;
}

export type Category = (typeof CATEGORIES)[number];

let catRes: RegExp[] | undefined;
let catExc: Map<number, number> | undefined;
const catPages: (Uint8Array | undefined)[] = [];

function computeCategory(c: number): number {
  if (!catExc) {
    catExc = new Map();
    for (const part of CATEGORY_EXC ? CATEGORY_EXC.split(",") : []) {
      const [start, rest] = part.split("+");
      const [count, idx] = rest.split("*");
      const s = parseInt(start, 36);
      for (let i = 0; i < parseInt(count, 36); i++) catExc.set(s + i, Number(idx));
    }
  }
  const e = catExc.get(c);
  if (e !== undefined) return e;
  const cn = CATEGORIES.length - 1;
  if (!inRanges(ASSIGNED, c)) return cn;
  const res = (catRes ??= CATEGORIES.slice(0, cn).map((k) => new RegExp(`\\p{gc=${k}}`, "u")));
  const ch = String.fromCodePoint(c);
  for (let k = 0; k < res.length; k++) if (res[k].test(ch)) return k;
  return cn;
}

/** unicodedata.category(chr(c)) as of Python's Unicode version. */
export function category(c: number): Category {
  const page = (catPages[c >> 12] ??= new Uint8Array(4096));
  let v = page[c & 4095];
  if (v === 0) page[c & 4095] = v = computeCategory(c) + 1;
  return CATEGORIES[v - 1];
}
