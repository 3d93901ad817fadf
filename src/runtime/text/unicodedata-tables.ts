// Readers for the generated unicodedata tables (unicodedata-data.ts, written by
// scripts/gen_unicodedata.py; the encoding is described in its docstring). Each table
// is decoded the first time a property is asked for, so start-up pays nothing.
import { V14, V32, DECOMPOSITION_TAGS, NFD_CORRECTED_3_2 } from "./unicodedata-data.js";
import { fromCodePoints, toCodePoints } from "./codepoints.js";
import { udNormalize } from "./unicodedata.js";
import { PackedReader as Reader } from "./packed-ints.js";

type Version = typeof V14;
type RunProp = "bidirectional" | "combining" | "east_asian_width" | "mirrored";
type ValueProp = "decimal" | "digit" | "numeric";

/** A property as sorted run starts and the value of each run. */
interface Runs<V> {
  starts: Int32Array;
  values: V[];
}

function decodeRuns<V>([values, text]: readonly [V[], string] | (V[] | string)[]): Runs<V> {
  const r = new Reader(text as string);
  const starts: number[] = [];
  const vals: V[] = [];
  let cp = 0;
  while (!r.done()) {
    const len = r.next();
    starts.push(cp);
    vals.push((values as V[])[r.next()]);
    cp += len;
  }
  return { starts: Int32Array.from(starts), values: vals };
}

/** Index of the last run starting at or before cp. */
function runAt(starts: Int32Array, cp: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Numeric-kind values: entries of `len` code points from `start`, the first worth
 * `value` (a fraction text) and each next one 1 more. */
interface Values {
  starts: Int32Array;
  lens: Int32Array;
  values: string[];
}

function decodeValues([values, text]: (string[] | string)[]): Values {
  const r = new Reader(text as string);
  const starts: number[] = [];
  const lens: number[] = [];
  const vals: string[] = [];
  let cp = 0;
  while (!r.done()) {
    cp += r.next();
    const len = r.next();
    starts.push(cp);
    lens.push(len);
    vals.push((values as string[])[r.next()]);
    cp += len;
  }
  return { starts: Int32Array.from(starts), lens: Int32Array.from(lens), values: vals };
}

const cache = new Map<string, Runs<unknown> | Values | Map<number, string>>();

function runsOf(v: "v14" | "v32", prop: RunProp | "category"): Runs<unknown> {
  const key = `${v}:${prop}`;
  let t = cache.get(key) as Runs<unknown> | undefined;
  if (t === undefined) {
    const src = v === "v14" ? (V14 as Version)[prop as RunProp] : V32[prop];
    t = decodeRuns<unknown>(src as (unknown[] | string)[] as [unknown[], string]);
    cache.set(key, t);
  }
  return t;
}

/** bidirectional / combining / east_asian_width / mirrored (and 3.2's category). */
export function runProperty(v: "v14" | "v32", prop: RunProp | "category", cp: number): string | number {
  const t = runsOf(v, prop);
  return t.values[runAt(t.starts, cp)] as string | number;
}

/** decimal / digit / numeric as fraction text ("7", "1/3"), or null. */
export function valueProperty(v: "v14" | "v32", prop: ValueProp, cp: number): string | null {
  const key = `${v}:${prop}`;
  let t = cache.get(key) as Values | undefined;
  if (t === undefined) {
    t = decodeValues((v === "v14" ? V14 : V32)[prop] as (string[] | string)[]);
    cache.set(key, t);
  }
  if (t.starts.length === 0 || cp < t.starts[0]) return null;
  const i = runAt(t.starts, cp);
  const off = cp - t.starts[i];
  if (off >= t.lens[i]) return null;
  const base = t.values[i];
  return off === 0 ? base : String(Number(base) + off);
}

function decodeDecompositions(text: string): Map<number, string> {
  const r = new Reader(text);
  const m = new Map<number, string>();
  let cp = 0;
  while (!r.done()) {
    cp += r.next();
    const tag = DECOMPOSITION_TAGS[r.next()];
    const n = r.next();
    const parts: string[] = tag ? [tag] : [];
    for (let k = 0; k < n; k++) parts.push(r.next().toString(16).toUpperCase().padStart(4, "0"));
    m.set(cp, parts.join(" "));
    cp++;
  }
  return m;
}

/** unicodedata.decomposition text ('' when there is none). */
export function decompositionOf(v: "v14" | "v32", cp: number): string {
  let t = cache.get("v14:decomposition") as Map<number, string> | undefined;
  if (t === undefined) {
    t = decodeDecompositions(V14.decomposition);
    cache.set("v14:decomposition", t);
  }
  if (v === "v32") {
    // the 3.2 table holds only the entries that differ from 14.0
    let d = cache.get("v32:decomposition") as Map<number, string> | undefined;
    if (d === undefined) {
      d = decodeDecompositions(V32.decomposition);
      cache.set("v32:decomposition", d);
    }
    const old = d.get(cp);
    if (old !== undefined) return old;
  }
  return t.get(cp) ?? "";
}

/** normalize for 3.2: characters 3.2 did not have are left as they are; the few
 * whose decomposition was corrected since (unicodedata.c normalization_3_2_0) take
 * their 3.2 form. */
export function normalize32(form: string, s: string): string {
  const parts: string[] = [];
  let piece: number[] = [];
  const flush = () => {
    if (piece.length) parts.push(udNormalize(form, fromCodePoints(piece)));
    piece = [];
  };
  for (const c of toCodePoints(s)) {
    const fixed = c > 0x7f ? NFD_CORRECTED_3_2[c] : undefined;
    if (fixed !== undefined) piece.push(...fixed);
    else if (c > 0x7f && runProperty("v32", "category", c) === "Cn") {
      flush();
      parts.push(String.fromCodePoint(c));
    } else piece.push(c);
  }
  flush();
  return parts.join("");
}
