// str.format and str.format_map (Objects/stringlib/unicode_format.h): the markup
// scanner, field names (`0`, `name`, `.attr`, `[key]`), conversions and the nested
// replacement fields of a format spec. Rendering a value with its spec is format.ts's
// pyFormat (type(v).__format__, the mini-language in format-spec.ts).
import type { PyValue } from "./object.js";
import { raise } from "./raise.js";
import { pyAscii, pyRepr, pyStr } from "./ops.js";
import { getitem } from "./rt.js";
import { getattr } from "./attributes.js";
import { EXC, newExc } from "./exceptions.js";
import { pyFormat } from "./format.js";

/** unicode_format.h AutoNumber: one per top-level call, shared by nested specs. */
interface AutoNumber {
  state: 0 | 1 | 2; // ANS_INIT, ANS_AUTO, ANS_MANUAL
  next: number;
}

/** Where the values come from: format() has args + kwargs, format_map a mapping only. */
interface Sources {
  args: PyValue[] | null;
  kw: Map<string, PyValue> | null;
  mapping: PyValue | undefined;
}

export function strFormat(fmt: string, args: PyValue[], kw: Map<string, PyValue> | null): string {
  // str.format (str.ts) tries str-format-plan.ts's strFormatFast before calling this
  return buildString(fmt, { args, kw, mapping: undefined }, 2, { state: 0, next: 0 });
}

export function strFormatMap(fmt: string, mapping: PyValue): string {
  return buildString(fmt, { args: null, kw: null, mapping }, 2, { state: 0, next: 0 });
}

/** unicode_format.h build_string: the depth stops `{0:{1:{2}}}` at two levels. */
function buildString(fmt: string, src: Sources, depth: number, auto: AutoNumber): string {
  if (depth <= 0) raise("ValueError", "Max string recursion exceeded");
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    // MarkupIterator_next: literal text up to a '{' or '}'
    const start = i;
    let c = "";
    while (i < n) {
      c = fmt[i++];
      if (c === "{" || c === "}") break;
      c = "";
    }
    if (c === "") {
      out += fmt.slice(start, i);
      break;
    }
    const atEnd = i >= n;
    if (c === "}" && (atEnd || fmt[i] !== "}")) raise("ValueError", "Single '}' encountered in format string");
    if (atEnd && c === "{") raise("ValueError", "Single '{' encountered in format string");
    if (fmt[i] === c) {
      // an escaped brace: literal text, no field
      out += fmt.slice(start, i);
      i++;
      continue;
    }
    out += fmt.slice(start, i - 1);
    i = renderField(fmt, i, src, depth, auto, (s) => (out += s));
  }
  return out;
}

/** parse_field and output_markup: the field after a '{' at `i`; returns the index after its '}'. */
function renderField(fmt: string, i: number, src: Sources, depth: number, auto: AutoNumber, emit: (s: string) => void): number {
  const n = fmt.length;
  const nameStart = i;
  let c = "";
  scan: while (i < n) {
    c = fmt[i++];
    switch (c) {
      case "{":
        return raise("ValueError", "unexpected '{' in field name");
      case "[":
        while (i < n && fmt[i] !== "]") i++;
        c = "";
        continue;
      case "}":
      case ":":
      case "!":
        break scan;
      default:
        c = "";
    }
  }
  const name = fmt.slice(nameStart, c === "" ? i : i - 1);
  let conversion = "";
  let spec = "";
  let expand = false;
  if (c === "!" || c === ":") {
    let specDone = false;
    if (c === "!") {
      if (i >= n) raise("ValueError", "end of string while looking for conversion specifier");
      const cp = fmt.codePointAt(i)!;
      conversion = String.fromCodePoint(cp);
      i += conversion.length;
      if (i < n) {
        const d = fmt[i++];
        if (d === "}") specDone = true;
        else if (d !== ":") raise("ValueError", "expected ':' after conversion specifier");
      }
    }
    if (!specDone) {
      const specStart = i;
      let count = 1;
      for (;;) {
        if (i >= n) raise("ValueError", "unmatched '{' in format spec");
        const d = fmt[i++];
        if (d === "{") {
          expand = true;
          count++;
        } else if (d === "}" && --count === 0) break;
      }
      spec = fmt.slice(specStart, i - 1);
    }
  } else if (c !== "}") raise("ValueError", "expected '}' before end of string");

  let v = fieldObject(name, src, auto);
  if (conversion !== "") {
    if (conversion === "r") v = pyRepr(v);
    else if (conversion === "s") v = pyStr(v);
    else if (conversion === "a") v = pyAscii(v);
    else {
      const cp = conversion.codePointAt(0)!;
      raise("ValueError", `Unknown conversion specifier ${cp < 128 ? conversion : cp <= 0xff ? "\\x" + hex2(cp) : cp <= 0xffff ? "\\u" + hex4(cp) : "\\U" + cp.toString(16).padStart(8, "0")}`);
    }
  }
  if (expand) spec = buildString(spec, src, depth - 1, auto);
  emit(pyFormat(v, spec));
  return i;
}
const hex2 = (n: number): string => n.toString(16).padStart(2, "0");
const hex4 = (n: number): string => n.toString(16).padStart(4, "0");

const SSIZE_MAX = 2n ** 63n - 1n;
/** unicode_format.h get_integer: -1 when not all decimal digits (Unicode Nd counts). */
function getInteger(s: string): number {
  if (s === "") return -1;
  let acc = 0n;
  for (const ch of s) {
    const d = decimalDigit(ch);
    if (d < 0) return -1;
    if (acc > (SSIZE_MAX - BigInt(d)) / 10n) raise("ValueError", "Too many decimal digits in format string");
    acc = acc * 10n + BigInt(d);
  }
  return Number(acc);
}
function decimalDigit(ch: string): number {
  if (ch >= "0" && ch <= "9") return ch.charCodeAt(0) - 48;
  if (!ND.test(ch)) return -1;
  // Nd code points come in runs of whole blocks of ten, each starting at a zero
  const cp = ch.codePointAt(0)!;
  let z = cp;
  while (ND.test(String.fromCodePoint(z - 1))) z--;
  return (cp - z) % 10;
}
const ND = /^\p{Nd}$/u;

/** get_field_object: the first part (index, auto number or key), then `.attr` / `[key]`. */
function fieldObject(name: string, src: Sources, auto: AutoNumber): PyValue {
  // field_name_split
  let j = 0;
  while (j < name.length && name[j] !== "." && name[j] !== "[") j++;
  const first = name.slice(0, j);
  let idx = getInteger(first);
  const empty = first === "";
  if (empty || idx !== -1) {
    if (auto.state === 0) auto.state = empty ? 1 : 2;
    if (auto.state === 2 && empty) raise("ValueError", "cannot switch from manual field specification to automatic field numbering");
    if (auto.state === 1 && !empty) raise("ValueError", "cannot switch from automatic field numbering to manual field specification");
    if (empty) idx = auto.next++;
  }
  let obj: PyValue;
  if (idx === -1) {
    if (src.mapping !== undefined) obj = getitem(src.mapping, first);
    else {
      const got = src.kw?.get(first);
      if (got === undefined) throw newExc(EXC.KeyError, [first]);
      obj = got;
    }
  } else {
    if (src.args === null) raise("ValueError", "Format string contains positional fields");
    if (idx >= src.args.length) raise("IndexError", `Replacement index ${idx} out of range for positional args tuple`);
    obj = src.args[idx];
  }
  // FieldNameIterator_next over the rest
  const n = name.length;
  while (j < n) {
    const c = name[j++];
    let part: string;
    if (c === ".") {
      const s = j;
      while (j < n && name[j] !== "." && name[j] !== "[") j++;
      part = name.slice(s, j);
      if (part === "") raise("ValueError", "Empty attribute in format string");
      obj = getattr(obj, part);
    } else if (c === "[") {
      const s = j;
      while (j < n && name[j] !== "]") j++;
      if (j >= n) raise("ValueError", "Missing ']' in format string");
      part = name.slice(s, j++);
      if (part === "") raise("ValueError", "Empty attribute in format string");
      const k = getInteger(part);
      obj = getitem(obj, k === -1 ? part : k);
    } else raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
  }
  return obj;
}

