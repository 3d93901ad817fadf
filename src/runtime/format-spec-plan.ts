// Pre-parsed format specs for the common cases (issue 6, p2_strings): `{:>8}`,
// `{:05d}`, `{:.3f}`, `{:<10}`. A spec written only with an ASCII fill/align, a sign,
// the '0' flag, a width and a precision, and a type among '', 'd', 'f', 's', is parsed
// once into a `SimpleSpec`; format-spec.ts then lays out an exact int, float or str
// directly. Specs with anything else ('#', 'z', grouping, other types, non-ASCII text,
// huge widths) have no plan, and neither has a spec that would be an error for the
// value's type (a precision for an int, a sign for a str): the full parser
// (parseFormatSpec) handles those and raises CPython's messages.

export interface SimpleSpec {
  fill: string;
  /** '<' '>' '^' '=' or "" (the type's default) */
  align: string;
  /** the '0' flag without an explicit fill: '=' alignment for numbers */
  zero: boolean;
  sign: string;
  /** -1 when not given */
  width: number;
  /** -1 when not given */
  prec: number;
  type: string;
}

const plans = new Map<string, SimpleSpec | null>();

const isAlign = (c: string): boolean => c === "<" || c === ">" || c === "=" || c === "^";

/** Parse the restricted grammar (the order of parse_internal_render_format_spec). */
function compile(spec: string): SimpleSpec | null {
  const n = spec.length;
  for (let i = 0; i < n; i++) if (spec.charCodeAt(i) > 127) return null;
  const p: SimpleSpec = { fill: " ", align: "", zero: false, sign: "", width: -1, prec: -1, type: "" };
  let pos = 0;
  let fillGiven = false;
  if (n >= 2 && isAlign(spec[1])) {
    p.fill = spec[0];
    p.align = spec[1];
    fillGiven = true;
    pos = 2;
  } else if (n >= 1 && isAlign(spec[0])) {
    p.align = spec[0];
    pos = 1;
  }
  if (spec[pos] === "+" || spec[pos] === "-" || spec[pos] === " ") p.sign = spec[pos++];
  if (!fillGiven && spec[pos] === "0") {
    p.fill = "0";
    p.zero = p.align === "";
    pos++;
  }
  const w0 = pos;
  while (pos < n && spec[pos] >= "0" && spec[pos] <= "9") pos++;
  if (pos - w0 > 6) return null;
  if (pos > w0) p.width = Number(spec.slice(w0, pos));
  if (spec[pos] === ".") {
    const p0 = ++pos;
    while (pos < n && spec[pos] >= "0" && spec[pos] <= "9") pos++;
    if (pos === p0 || pos - p0 > 2) return null;
    p.prec = Number(spec.slice(p0, pos));
  }
  if (pos < n) {
    const t = spec[pos++];
    if (t !== "d" && t !== "f" && t !== "s") return null;
    p.type = t;
  }
  return pos === n ? p : null;
}

/** The plan of a non-empty spec, or null. */
export function simpleSpec(spec: string): SimpleSpec | null {
  let p = plans.get(spec);
  if (p === undefined) {
    if (plans.size > 500) plans.clear();
    p = compile(spec);
    plans.set(spec, p);
  }
  return p;
}

// pads of spaces and zeros up to 32 wide, made once: `{:>8}` and `{:05d}` then allocate
// only their result, not a fresh `repeat` string as well
const SPACES: string[] = [];
const ZEROS: string[] = [];
for (let k = 0; k <= 32; k++) {
  SPACES.push(" ".repeat(k));
  ZEROS.push("0".repeat(k));
}
/** `fill` repeated n times (n >= 0) */
function padOf(fill: string, n: number): string {
  if (n <= 32) {
    if (fill === " ") return SPACES[n];
    if (fill === "0") return ZEROS[n];
  }
  return fill.repeat(n);
}

/** calc_number_widths/fill_number without grouping: `body` is the magnitude's text
 * (digits, point, fraction), padded to the width around the sign. */
function layout(body: string, negative: boolean, p: SimpleSpec): string {
  const sign = negative ? "-" : p.sign === "+" ? "+" : p.sign === " " ? " " : "";
  const n = p.width - sign.length - body.length;
  if (n <= 0) return sign + body;
  const align = p.align !== "" ? p.align : p.zero ? "=" : ">";
  const pad = padOf(p.fill, n);
  switch (align) {
    case "<": return sign + body + pad;
    case "=": return sign + pad + body;
    case "^": {
      const left = n >> 1;
      return padOf(p.fill, left) + sign + body + padOf(p.fill, n - left);
    }
    default: return pad + sign + body;
  }
}

/** format(v, spec) of a small int when the plan fits ('' or 'd', no precision), else
 * undefined. */
export function intBySpec(v: number, p: SimpleSpec): string | undefined {
  if ((p.type !== "" && p.type !== "d") || p.prec >= 0) return undefined;
  return v < 0 ? layout(String(-v), true, p) : layout(String(v), false, p);
}

/** Layout of a float's 'f' text (as doubleToString gave it, sign included); the
 * caller checked that the plan's type is 'f'. */
export function fixedBySpec(text: string, p: SimpleSpec): string {
  return text.charCodeAt(0) === 45 ? layout(text.slice(1), true, p) : layout(text, false, p);
}

/** format(s, spec) of a str when the plan fits ('' or 's', no sign, precision or '='),
 * else undefined; `len` gives the code-point length. */
export function strBySpec(s: string, p: SimpleSpec, len: (s: string) => number): string | undefined {
  if ((p.type !== "" && p.type !== "s") || p.prec >= 0 || p.sign !== "" || p.align === "=") return undefined;
  if (p.width <= 0) return s;
  const n = p.width - len(s);
  if (n <= 0) return s;
  switch (p.align) {
    case ">": return padOf(p.fill, n) + s;
    case "^": {
      const left = n >> 1;
      return padOf(p.fill, left) + s + padOf(p.fill, n - left);
    }
    default: return s + padOf(p.fill, n);
  }
}
