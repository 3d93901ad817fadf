// A fast path for str.format (issue 6, p2_strings): a format string whose fields are
// all positional (`{}`, `{0}`), with an optional !s/!r/!a conversion and a spec
// without nested fields, is parsed once into a plan. Everything else (names,
// attributes, indexing, nested specs, malformed markup) has no plan and goes through
// str-format.ts's scanner, which raises CPython's errors.
import { PyFloat, type PyValue } from "./object.js";
import { formatValue } from "./format.js";
import { simpleSpec, intBySpec, fixedBySpec, strBySpec, type SimpleSpec } from "./format-spec-plan.js";
import { doubleToString } from "./float-format.js";
import { cpLength } from "./text/codepoints.js";

interface Plan {
  /** lits[k] precedes field k, lits[n] ends the string */
  lits: string[];
  /** argument index of each field */
  idx: number[];
  /** conversion as formatValue takes it: -1 none, 115 s, 114 r, 97 a */
  conv: number[];
  specs: string[];
  /** each spec's pre-parsed form (format-spec-plan.ts), null for "" or no plan */
  sps: (SimpleSpec | null)[];
  /** the highest index + 1: fewer arguments leave it to the full scanner (IndexError) */
  need: number;
}

const plans = new Map<string, Plan | null>();

function compile(fmt: string): Plan | null {
  const p: Plan = { lits: [], idx: [], conv: [], specs: [], sps: [], need: 0 };
  let lit = "";
  let auto = 0; // 0 unknown, 1 automatic numbering, 2 manual
  let next = 0;
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === "}") {
      if (fmt[i + 1] !== "}") return null;
      lit += "}";
      i += 2;
      continue;
    }
    if (c !== "{") {
      lit += c;
      i++;
      continue;
    }
    if (fmt[i + 1] === "{") {
      lit += "{";
      i += 2;
      continue;
    }
    i++;
    const nameStart = i;
    while (i < n && fmt[i] >= "0" && fmt[i] <= "9") i++;
    const name = fmt.slice(nameStart, i);
    let index: number;
    if (name === "") {
      if (auto === 2) return null;
      auto = 1;
      index = next++;
    } else {
      if (auto === 1 || name.length > 6) return null;
      auto = 2;
      index = Number(name);
    }
    let conv = -1;
    if (fmt[i] === "!") {
      const k = fmt[i + 1];
      conv = k === "s" ? 115 : k === "r" ? 114 : k === "a" ? 97 : 0;
      if (conv === 0) return null;
      i += 2;
    }
    let spec = "";
    if (fmt[i] === ":") {
      const s = ++i;
      while (i < n && fmt[i] !== "}" && fmt[i] !== "{") i++;
      spec = fmt.slice(s, i);
    }
    if (fmt[i] !== "}") return null;
    i++;
    p.lits.push(lit);
    lit = "";
    p.idx.push(index);
    p.conv.push(conv);
    p.specs.push(spec);
    p.sps.push(spec === "" ? null : simpleSpec(spec));
    if (index + 1 > p.need) p.need = index + 1;
  }
  p.lits.push(lit);
  return p;
}

/** The plan of `fmt`, compiled once (a bounded cache: formats are usually literals). */
function planOf(fmt: string): Plan | null {
  let p = plans.get(fmt);
  if (p === undefined) {
    if (plans.size > 500) plans.clear();
    p = compile(fmt);
    plans.set(fmt, p);
  }
  return p;
}

/** the text of the plan's field k for the value v */
function field(p: Plan, k: number, v: PyValue): string {
  const conv = p.conv[k];
  return (conv === -1 ? direct(v, p.specs[k], p.sps[k]) : undefined) ?? formatValue(v, conv, p.specs[k]);
}

/** fmt.format(*args.slice(off)), or undefined when the full scanner must do it. */
export function strFormatFast(fmt: string, args: PyValue[], off: number): string | undefined {
  const p = planOf(fmt);
  if (p === null || args.length - off < p.need) return undefined;
  const idx = p.idx;
  let out = p.lits[0];
  for (let k = 0; k < idx.length; k++) out += field(p, k, args[idx[k] + off]) + p.lits[k + 1];
  return out;
}

/** strFormatFast for n (0..3) positional arguments a, b, c passed one by one (str.format's
 * positional entry, str.ts): the same plan and results, without an args array. */
export function strFormatFast3(fmt: string, n: number, a: PyValue | undefined, b: PyValue | undefined, c: PyValue | undefined): string | undefined {
  const p = planOf(fmt);
  if (p === null || n < p.need) return undefined;
  const idx = p.idx;
  let out = p.lits[0];
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k];
    out += field(p, k, (i === 0 ? a : i === 1 ? b : c) as PyValue) + p.lits[k + 1];
  }
  return out;
}

/** format(v, spec) for an exact str, small int or float when it needs no __format__
 * call and `sp` (the plan of a non-empty spec) fits the type; else undefined. */
function direct(v: PyValue, spec: string, sp: SimpleSpec | null): string | undefined {
  if (typeof v === "string") return spec === "" ? v : sp === null ? undefined : strBySpec(v, sp, cpLength);
  if (typeof v === "number") return spec === "" ? String(v) : sp === null ? undefined : intBySpec(v, sp);
  if (sp !== null && sp.type === "f" && v instanceof PyFloat && v.$cls === PyFloat.prototype.$cls) return fixedBySpec(doubleToString(v.v, "f", sp.prec < 0 ? 6 : sp.prec), sp);
  return undefined;
}
