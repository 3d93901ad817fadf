// The format-spec mini-language (https://docs.python.org/3/library/string.html#formatspec)
// for int, float, complex and str, as Python/formatter_unicode.c implements it.
// The C locale is assumed: 'n' formats like 'd' / 'g' with no grouping.
import { raise } from "./raise.js";
import { type PyInt, intToDecimal, intToFloat, toBig } from "./int-ops.js";
import { doubleToString, type DtoaFlags } from "./float-format.js";
import { simpleSpec, intBySpec, fixedBySpec, strBySpec } from "./format-spec-plan.js";

export type Align = "<" | ">" | "=" | "^" | "";

export interface FormatSpec {
  fill: string;
  /** "" when not given (each type has its own default). */
  align: Align;
  fillSpecified: boolean;
  sign: "+" | "-" | " " | "";
  /** 'z': negative zero after rounding is shown without its sign. */
  noNeg0: boolean;
  alternate: boolean;
  /** -1 when not given. */
  width: number;
  grouping: "," | "_" | "";
  /** -1 when not given. */
  precision: number;
  /** "" when not given. */
  type: string;
}

const MAX_SSIZE = 9223372036854775807n;
const INT_MAX = 2147483647;

function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function typeCharRepr(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : `\\x${cp.toString(16)}`;
}

// Programs reuse a handful of specs; parsing each once saves most of the work.
/** Parsed specs by spec text, then by the other arguments: keyed by the spec alone, a
 * lookup hashes a string that is usually a constant (its hash is cached), not a new
 * concatenation per call. */
const specCache = new Map<string, { t: string; a: string; n: string; f: FormatSpec }[]>();

function parseCached(spec: string, defaultType: string, defaultAlign: "<" | ">", typeName: string): FormatSpec {
  const list = specCache.get(spec);
  if (list !== undefined) {
    for (const e of list) if (e.t === defaultType && e.a === defaultAlign && e.n === typeName) return e.f;
  }
  const f = parseFormatSpec(spec, defaultType, defaultAlign, typeName);
  const entry = { t: defaultType, a: defaultAlign, n: typeName, f };
  if (list !== undefined && list.length < 8) list.push(entry);
  else {
    if (specCache.size > 500) specCache.clear();
    specCache.set(spec, [entry]);
  }
  return f;
}

/** parse_internal_render_format_spec. `typeName` names the object in messages. */
export function parseFormatSpec(spec: string, defaultType: string, defaultAlign: "<" | ">", typeName: string): FormatSpec {
  const f: FormatSpec = { fill: " ", align: "", fillSpecified: false, sign: "", noNeg0: false, alternate: false, width: -1, grouping: "", precision: -1, type: defaultType };
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  const isAlign = (c: string | undefined): c is Exclude<Align, ""> => c === "<" || c === ">" || c === "=" || c === "^";
  let alignSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.fill = cps[pos];
    f.fillSpecified = true;
    f.align = cps[pos + 1] as Align;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos] as Align;
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (cps[pos] === "+" || cps[pos] === "-" || cps[pos] === " ")) {
    f.sign = cps[pos] as "+" | "-" | " ";
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === "z") {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === "#") {
    f.alternate = true;
    pos++;
  }
  // The '0' flag: zero fill, and '=' alignment for types that align right.
  if (!f.fillSpecified && end - pos >= 1 && cps[pos] === "0") {
    f.fill = "0";
    if (!alignSpecified && defaultAlign === ">") f.align = "=";
    pos++;
  }
  const readInt = (): number | null => {
    const start = pos;
    let v = 0n;
    while (pos < end && cps[pos] >= "0" && cps[pos] <= "9") {
      v = v * 10n + BigInt(cps[pos].charCodeAt(0) - 48);
      if (v > MAX_SSIZE) raise("ValueError", "Too many decimal digits in format string");
      pos++;
    }
    return pos === start ? null : Number(v);
  };
  const w = readInt();
  if (w !== null) f.width = w;
  if (end - pos >= 1 && cps[pos] === ",") {
    f.grouping = ",";
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === "_") {
    if (f.grouping !== "") raise("ValueError", "Cannot specify both ',' and '_'.");
    f.grouping = "_";
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === "," && f.grouping === "_") raise("ValueError", "Cannot specify both ',' and '_'.");
  if (end - pos >= 1 && cps[pos] === ".") {
    pos++;
    const p = readInt();
    if (p === null) raise("ValueError", "Format specifier missing precision");
    f.precision = p;
  }
  if (end - pos > 1) raise("ValueError", `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = cps[pos];
  if (f.grouping !== "") {
    switch (f.type) {
      case "d": case "e": case "f": case "g": case "E": case "G": case "%": case "F": case "":
        break;
      case "b": case "o": case "x": case "X":
        // Underscores group bin/oct/hex digits by four (PEP 515).
        if (f.grouping !== "_") raise("ValueError", `Cannot specify '${f.grouping}' with '${typeCharRepr(f.type)}'.`);
        break;
      default:
        raise("ValueError", `Cannot specify '${f.grouping}' with '${typeCharRepr(f.type)}'.`);
    }
  }
  return f;
}

function unknownCode(type: string, typeName: string): never {
  return raise("ValueError", `Unknown format code '${typeCharRepr(type)}' for object of type '${typeName}'`);
}

function checkWidth(n: number): void {
  // CPython would try to allocate the string; beyond what a JS string can hold we fail the same way.
  if (n > 2 ** 29) raise("MemoryError", "");
}

/** Padding of `body` (of code-point length len) to the width (calc_padding). */
function pad(body: string, len: number, f: FormatSpec, defaultAlign: "<" | ">"): string {
  if (f.width <= len) return body;
  checkWidth(f.width);
  const n = f.width - len;
  const align = f.align === "" ? defaultAlign : f.align;
  if (align === ">") return f.fill.repeat(n) + body;
  if (align === "^") {
    const left = n >> 1;
    return f.fill.repeat(left) + body + f.fill.repeat(n - left);
  }
  return body + f.fill.repeat(n);
}

// ---- str -----------------------------------------------------------------

/** format(s, spec) for a str (format_string_internal). */
export function formatStr(s: string, spec: string, typeName = "str"): string {
  if (spec === "") return s;
  const sp = simpleSpec(spec);
  const r = sp === null ? undefined : strBySpec(s, sp, codePointLength);
  if (r !== undefined) return r;
  const f = parseCached(spec, "s", "<", typeName);
  if (f.type !== "s") unknownCode(f.type, typeName);
  if (f.sign === " ") raise("ValueError", "Space not allowed in string format specifier");
  if (f.sign !== "") raise("ValueError", "Sign not allowed in string format specifier");
  if (f.noNeg0) raise("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) raise("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") raise("ValueError", "'=' alignment not allowed in string format specifier");
  let body = s;
  let len = codePointLength(s);
  if (f.precision >= 0 && len > f.precision) {
    body = Array.from(s).slice(0, f.precision).join("");
    len = f.precision;
  }
  return pad(body, len, f, "<");
}

// ---- numbers: layout of sign, prefix, grouped digits and the rest ------------------

/** _PyUnicode_InsertThousandsGrouping with zero padding up to minWidth. */
function group(digits: string, sep: string, size: number, minWidth: number): string {
  if (sep === "" && minWidth <= digits.length) return digits;
  if (sep === "") return "0".repeat(minWidth - digits.length) + digits;
  const parts: string[] = [];
  let remaining = digits.length;
  let minw = minWidth;
  for (;;) {
    const l = Math.min(size, Math.max(remaining, minw, 1));
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.push("0".repeat(nZeros) + digits.slice(remaining - nChars, remaining));
    remaining -= nChars;
    minw -= l;
    if (remaining <= 0 && minw <= 0) break;
    minw -= 1;
  }
  return parts.reverse().join(sep);
}

/** calc_number_widths + fill_number: `num` is the formatted magnitude ("123.45e+06",
 * "ff", "inf"), `negative` its sign, `prefix` the 0x/0b/0o prefix. */
function layoutNumber(num: string, negative: boolean, prefix: string, f: FormatSpec, groupSize: number, allDigits = false): string {
  const signChar = negative ? "-" : f.sign === "+" ? "+" : f.sign === " " ? " " : "";
  // No width and no grouping: nothing to pad or separate (the common `{x:.3f}`).
  if (f.width < 0 && f.grouping === "") return signChar + prefix + num;
  // Leading digits are grouped; the rest (point, fraction, exponent, '%') follows.
  let nDigits = allDigits ? num.length : 0;
  while (nDigits < num.length && num.charCodeAt(nDigits) >= 48 && num.charCodeAt(nDigits) <= 57) nDigits++;
  const digits = num.slice(0, nDigits);
  const rest = num.slice(nDigits);
  const align = f.align === "" ? ">" : f.align;
  const zeroPad = f.fill === "0" && align === "=";
  const fixed = signChar.length + prefix.length + codePointLength(rest);
  const minWidth = zeroPad && f.width > fixed ? f.width - fixed : 0;
  if (minWidth > 0) checkWidth(minWidth);
  // No digits ('inf', 'nan', %c): nothing to group or zero-fill here (calc_number_widths).
  const grouped = nDigits === 0 ? "" : group(digits, f.grouping, groupSize, minWidth);
  const len = fixed + grouped.length;
  if (f.width <= len) return signChar + prefix + grouped + rest;
  checkWidth(f.width);
  const n = f.width - len;
  switch (align) {
    case "<": return signChar + prefix + grouped + rest + f.fill.repeat(n);
    case "^": {
      const left = n >> 1;
      return f.fill.repeat(left) + signChar + prefix + grouped + rest + f.fill.repeat(n - left);
    }
    case "=": return signChar + prefix + f.fill.repeat(n) + grouped + rest;
    default: return f.fill.repeat(n) + signChar + prefix + grouped + rest;
  }
}

// ---- int -------------------------------------------------------------------

/** format(v, spec) for an int (long__format__ / format_long_internal).
 * For bool pass typeName "bool"; an empty spec gives str(v), which the caller must
 * handle for bool ("True"). */
export function formatInt(v: PyInt, spec: string, typeName = "int"): string {
  if (spec === "") return intToDecimal(v);
  if (typeof v === "number" && typeName === "int") {
    const sp = simpleSpec(spec);
    const r = sp === null ? undefined : intBySpec(v, sp);
    if (r !== undefined) return r;
  }
  const f = parseCached(spec, "d", ">", typeName);
  switch (f.type) {
    case "b": case "c": case "d": case "o": case "x": case "X": case "n":
      break;
    case "e": case "E": case "f": case "F": case "g": case "G": case "%":
      return formatFloatSpec(intToFloat(v), f, "float");
    default:
      unknownCode(f.type, typeName);
  }
  if (f.precision >= 0) raise("ValueError", "Precision not allowed in integer format specifier");
  if (f.noNeg0) raise("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign !== "") raise("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v > 9223372036854775807n || v < -9223372036854775808n) raise("OverflowError", "Python int too large to convert to C long");
    if (v < 0 || v > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
    const ch = String.fromCodePoint(Number(v));
    return layoutNumber(ch, false, "", f, 3);
  }
  const negative = v < 0;
  const mag = negative ? (typeof v === "number" ? -v : -toBig(v)) : v;
  let digits: string;
  let prefix = "";
  switch (f.type) {
    case "b": digits = mag.toString(2); prefix = "0b"; break;
    case "o": digits = mag.toString(8); prefix = "0o"; break;
    case "x": digits = mag.toString(16); prefix = "0x"; break;
    case "X": digits = mag.toString(16).toUpperCase(); prefix = "0X"; break;
    default: digits = intToDecimal(mag);
  }
  if (!f.alternate) prefix = "";
  const groupSize = f.type === "d" || f.type === "n" ? 3 : 4;
  return layoutNumber(digits, negative, prefix, f, groupSize, true);
}

// ---- float -------------------------------------------------------------------

const REPR_FLAGS: DtoaFlags = { addDot0: true };

/** format(x, spec) for a float (float__format__ / format_float_internal). */
export function formatFloat(x: number, spec: string, typeName = "float"): string {
  if (spec === "") return doubleToString(x, "r", 0, REPR_FLAGS);
  const sp = simpleSpec(spec);
  if (sp !== null && sp.type === "f") return fixedBySpec(doubleToString(x, "f", sp.prec < 0 ? 6 : sp.prec), sp);
  return formatFloatSpec(x, parseCached(spec, "", ">", typeName), typeName);
}

function formatFloatSpec(x: number, f: FormatSpec, typeName: string): string {
  let type = f.type;
  const flags: DtoaFlags = { alt: f.alternate, noNeg0: f.noNeg0 };
  let defaultPrecision = 6;
  switch (type) {
    case "": type = "r"; flags.addDot0 = true; defaultPrecision = 0; break;
    case "n": type = "g"; break;
    case "e": case "E": case "f": case "F": case "g": case "G": case "%": break;
    default: unknownCode(type, typeName);
  }
  if (f.precision > INT_MAX) raise("ValueError", "precision too big");
  let val = x;
  let pct = false;
  if (type === "%") {
    type = "f";
    val *= 100;
    pct = true;
  }
  let precision = f.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let s = doubleToString(val, type, precision, flags);
  if (pct) s += "%";
  const negative = s.startsWith("-");
  if (negative) s = s.slice(1);
  return layoutNumber(s, negative, "", f, 3);
}

// ---- complex ---------------------------------------------------------------------

/** format(z, spec) for a complex (complex__format__ / format_complex_internal). */
export function formatComplex(re: number, im: number, spec: string, typeName = "complex"): string {
  const f = parseCached(spec, "", ">", typeName);
  let type = f.type;
  let skipRe = false;
  let parens = false;
  let defaultPrecision = 6;
  const flags: DtoaFlags = { alt: f.alternate, noNeg0: f.noNeg0 };
  switch (type) {
    case "":
      type = "r";
      defaultPrecision = 0;
      if (re === 0 && !Object.is(re, -0)) skipRe = true;
      else parens = true;
      break;
    case "n": type = "g"; break;
    case "e": case "E": case "f": case "F": case "g": case "G": break;
    default: unknownCode(type, typeName);
  }
  if (f.precision > INT_MAX) raise("ValueError", "precision too big");
  if (f.fill === "0") raise("ValueError", "Zero padding is not allowed in complex format specifier");
  if (f.align === "=") raise("ValueError", "'=' alignment flag is not allowed in complex format specifier");
  let precision = f.precision;
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const reStr = doubleToString(re, type, precision, flags);
  const imStr = doubleToString(im, type, precision, flags);
  // Each part is laid out without padding; the imaginary part always has a sign
  // unless the real part is omitted.
  const partSpec: FormatSpec = { ...f, fill: " ", align: "<", width: -1 };
  const rePart = skipRe ? "" : layoutNumber(reStr.replace(/^-/, ""), reStr.startsWith("-"), "", partSpec, 3);
  const imSpec: FormatSpec = skipRe ? partSpec : { ...partSpec, sign: "+" };
  const imPart = layoutNumber(imStr.replace(/^-/, ""), imStr.startsWith("-"), "", imSpec, 3);
  const body = (parens ? "(" : "") + rePart + imPart + "j" + (parens ? ")" : "");
  return pad(body, codePointLength(body), f, ">");
}
