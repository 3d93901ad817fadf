// \N{NAME} escapes: Unicode character names, which JavaScript does not carry, from a
// table generated from CPython's unicodedata (scripts/gen_unicode_names.py), decoded into
// a Map the first time a \N escape is met. Name aliases (unicode-name-aliases.ts) are
// accepted through lookupUnicodeNameOrAlias; named sequences only by unicodedata.lookup.
import { ALGORITHMIC_RANGES } from "./unicode-names-data.js";
import { unicodeNamesText } from "./unicode-names-text.js";
import { NAME_ALIASES } from "./unicode-name-aliases.js";

let table: Map<string, number> | null = null;

function decode(): Map<string, number> {
  const m = new Map<string, number>();
  const s = unicodeNamesText();
  let prev = "";
  let i = 0;
  while (i < s.length) {
    let cp = 0;
    let c = s.charCodeAt(i);
    while (c >= 97 && c <= 112) {
      cp = cp * 16 + (c - 97);
      c = s.charCodeAt(++i);
    }
    const k = c - 0xc0;
    let j = ++i;
    while (j < s.length) {
      const d = s.charCodeAt(j);
      if (d >= 97 && d <= 112) break;
      j++;
    }
    prev = prev.slice(0, k) + s.slice(i, j);
    m.set(prev, cp);
    i = j;
  }
  return m;
}

// Hangul syllable names are composed from jamo short names (Unicode 3.12, "Conjoining Jamo Behavior").
const JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

function hangul(rest: string): number | null {
  for (let l = 0; l < JAMO_L.length; l++) {
    if (!rest.startsWith(JAMO_L[l])) continue;
    for (let v = 0; v < JAMO_V.length; v++) {
      if (!rest.startsWith(JAMO_V[v], JAMO_L[l].length)) continue;
      const t = JAMO_T.indexOf(rest.slice(JAMO_L[l].length + JAMO_V[v].length));
      if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
    }
  }
  return null;
}

/** The code point named `name` (case-insensitive, as unicodedata.lookup), or null. */
export function lookupUnicodeName(name: string): number | null {
  const n = name.toUpperCase();
  for (const prefix of Object.keys(ALGORITHMIC_RANGES)) {
    if (!n.startsWith(prefix)) continue;
    const rest = n.slice(prefix.length);
    let cp: number | null;
    if (prefix === "HANGUL SYLLABLE ") cp = hangul(rest);
    else cp = /^[0-9A-F]{4,6}$/.test(rest) ? parseInt(rest, 16) : null;
    if (cp !== null && ALGORITHMIC_RANGES[prefix].some(([a, b]) => cp! >= a && cp! <= b)) return cp;
    return null;
  }
  table ??= decode();
  return table.get(n) ?? null;
}

let reverse: Map<number, string> | null = null;

/** The name of code point cp (unicodedata.name), or null; algorithmic names computed. */
export function unicodeNameOf(cp: number): string | null {
  for (const prefix of Object.keys(ALGORITHMIC_RANGES)) {
    if (!ALGORITHMIC_RANGES[prefix].some(([a, b]) => cp >= a && cp <= b)) continue;
    if (prefix !== "HANGUL SYLLABLE ") return prefix + cp.toString(16).toUpperCase();
    const s = cp - 0xac00;
    return prefix + JAMO_L[Math.floor(s / 588)] + JAMO_V[Math.floor((s % 588) / 28)] + JAMO_T[s % 28];
  }
  if (reverse === null) {
    table ??= decode();
    reverse = new Map();
    for (const [name, c] of table) reverse.set(c, name);
  }
  return reverse.get(cp) ?? null;
}

/** lookupUnicodeName, also accepting the name aliases of NameAliases.txt, as \N{...}
 * escapes and unicodedata.lookup do (unicodedata.c _getcode). */
export function lookupUnicodeNameOrAlias(name: string): number | null {
  const cp = lookupUnicodeName(name);
  if (cp !== null) return cp;
  const upper = name.toUpperCase();
  return Object.prototype.hasOwnProperty.call(NAME_ALIASES, upper) ? NAME_ALIASES[upper] : null;
}
