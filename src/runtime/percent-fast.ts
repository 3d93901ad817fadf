// A fast path for `str % args` (issue 6, p2_strings): the format string is parsed once
// into a plan, and the conversions whose result is plain text of a plain value (%s of
// a str or int, %d/%i/%u/%x/%X/%o of an int, %f/%e/%g of a float or int) are done here.
// Anything else (mapping keys, `*` widths, other types, a wrong argument count) returns
// undefined before any conversion has run, and the caller runs the full formatter
// (percent-format.ts), which raises CPython's errors; no Python code runs here.
import { PyFloat, type PyValue } from "./object.js";
import { PyTuple } from "./containers.js";
import { applyWidth } from "./percent-format.js";
import { doubleToString, type DtoaFlags } from "./float-format.js";

/** One format string: lits[k] precedes conversion k, lits[n] ends it. */
interface Plan {
  n: number;
  lits: string[];
  /** conversion characters */
  chs: string[];
  flags: number[];
  /** -1 when not given */
  widths: number[];
  precs: number[];
  /** some conversion has flags or a width (applyWidth needed) */
  padded: boolean;
}

const plans = new Map<string, Plan | null>();

/** The plan of fmt, or null when it has a feature the fast path leaves to the full
 * formatter (a mapping key, `*`, a malformed or unknown conversion). */
function compile(fmt: string): Plan | null {
  const p: Plan = { n: 0, lits: [], chs: [], flags: [], widths: [], precs: [], padded: false };
  let lit = "";
  let pos = 0;
  const len = fmt.length;
  while (pos < len) {
    const pct = fmt.indexOf("%", pos);
    if (pct < 0) {
      lit += fmt.slice(pos);
      break;
    }
    lit += fmt.slice(pos, pct);
    pos = pct + 1;
    if (pos >= len) return null;
    if (fmt[pos] === "%") {
      lit += "%";
      pos++;
      continue;
    }
    // flag letters as in percent-format.ts (F_LJUST 1, F_SIGN 2, F_BLANK 4, F_ALT 8, F_ZERO 16)
    let flags = 0;
    for (; pos < len; pos++) {
      const c = fmt[pos];
      if (c === "-") flags |= 1;
      else if (c === "+") flags |= 2;
      else if (c === " ") flags |= 4;
      else if (c === "#") flags |= 8;
      else if (c === "0") flags |= 16;
      else break;
    }
    let width = -1;
    while (pos < len && fmt[pos] >= "0" && fmt[pos] <= "9") {
      width = (width < 0 ? 0 : width * 10) + (fmt.charCodeAt(pos) - 48);
      if (width > 1e6) return null;
      pos++;
    }
    let prec = -1;
    if (fmt[pos] === ".") {
      pos++;
      prec = 0;
      while (pos < len && fmt[pos] >= "0" && fmt[pos] <= "9") {
        prec = prec * 10 + (fmt.charCodeAt(pos) - 48);
        if (prec > 1e6) return null;
        pos++;
      }
    }
    while (pos < len && (fmt[pos] === "h" || fmt[pos] === "l" || fmt[pos] === "L")) pos++;
    const ch = fmt[pos++];
    if (ch === undefined || "sdiuxXoeEfFgG".indexOf(ch) < 0) return null;
    p.lits.push(lit);
    lit = "";
    p.chs.push(ch);
    p.flags.push(flags);
    p.widths.push(width);
    p.precs.push(prec);
    if (flags !== 0 || width >= 0) p.padded = true;
    p.n++;
  }
  p.lits.push(lit);
  return p.n === 0 ? null : p;
}

/** Can conversion ch with precision prec of v be done here? */
function fits(ch: string, prec: number, v: PyValue): boolean {
  switch (ch) {
    case "s": return prec < 0 && (typeof v === "string" || typeof v === "number");
    case "d": case "i": case "u": case "x": case "X": case "o": return prec < 0 && typeof v === "number";
    default: return typeof v === "number" || (v instanceof PyFloat && v.$cls === PyFloat.prototype.$cls);
  }
}

// doubleToString's flags, shared rather than allocated per conversion
const ALT: DtoaFlags = { alt: true };
const PLAIN: DtoaFlags = {};

// hex digits of 0..255, bare and two wide: `%x` of a value below 65536 without
// Number#toString(16), which is a runtime call into C++
const HEX: string[] = [];
const HEX2: string[] = [];
for (let b = 0; b < 256; b++) {
  HEX.push(b.toString(16));
  HEX2.push(b.toString(16).padStart(2, "0"));
}
const hexOf = (x: number): string => (x < 256 ? HEX[x] : x < 65536 ? HEX[x >> 8] + HEX2[x & 255] : x.toString(16));

function convert(ch: string, flags: number, prec: number, v: PyValue): string {
  switch (ch) {
    case "s": return typeof v === "string" ? v : String(v);
    case "d": case "i": case "u": return String(v);
    case "x": case "X": case "o": {
      const x = v as number;
      let t = ch === "o" ? Math.abs(x).toString(8) : hexOf(Math.abs(x));
      if (ch === "X") t = t.toUpperCase();
      if (flags & 8) t = (ch === "o" ? "0o" : ch === "x" ? "0x" : "0X") + t;
      return x < 0 ? "-" + t : t;
    }
    default: {
      const x = typeof v === "number" ? v : (v as PyFloat).v;
      return doubleToString(x, ch, prec < 0 ? 6 : prec, flags & 8 ? ALT : PLAIN);
    }
  }
}

function planOf(fmt: string): Plan | null {
  let p = plans.get(fmt);
  if (p === undefined) {
    if (plans.size > 500) plans.clear();
    p = compile(fmt);
    plans.set(fmt, p);
  }
  return p;
}

/** fmt % tuple(items), or undefined when the full formatter must do it; `items` is
 * only read, before this returns (str-percent.ts passes a scratch array). */
export function percentItems(fmt: string, items: PyValue[]): string | undefined {
  const p = planOf(fmt);
  if (p === null) return undefined;
  const n = p.n;
  const chs = p.chs;
  const precs = p.precs;
  if (items.length !== n) return undefined;
  for (let k = 0; k < n; k++) if (!fits(chs[k], precs[k], items[k])) return undefined;
  const lits = p.lits;
  let out = lits[0];
  for (let k = 0; k < n; k++) {
    const ch = chs[k];
    const body = convert(ch, p.flags[k], precs[k], items[k]);
    out += (p.padded ? applyWidth(body, ch, ch !== "s", p.flags[k], p.widths[k]) : body) + lits[k + 1];
  }
  return out;
}

/** fmt % (v,) for a single item, through a scratch array (percentItems runs no
 * Python code, so nothing re-enters while it is in use) */
const ONE: PyValue[] = [null];
export function percentOne(fmt: string, v: PyValue): string | undefined {
  ONE[0] = v;
  const r = percentItems(fmt, ONE);
  ONE[0] = null;
  return r;
}

/** fmt % args, or undefined when the full formatter must do it. */
export function percentFast(fmt: string, args: PyValue): string | undefined {
  return args instanceof PyTuple ? percentItems(fmt, args.a) : percentOne(fmt, args);
}
