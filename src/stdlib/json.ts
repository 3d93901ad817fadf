// `_pycell_json`: the hot paths of pycell's json package (src/stdlib/lib/json/): one
// function that encodes a whole value to a string and one that scans a value out of a
// string. The classes (JSONEncoder, JSONDecoder, JSONDecodeError) are Python code that
// calls these; rules and messages follow CPython 3.11's json module as observed.
import { PyFloat, PyObject, type PyValue } from "../runtime/object.js";
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { raise } from "../runtime/raise.js";
import { PyList, PyTuple, tuple, type PyModule } from "../runtime/containers.js";
import { PyDict } from "../runtime/dict.js";
import { T } from "../runtime/types.js";
import { callv } from "../runtime/call.js";
import { truthy, typeOf, pyRepr, lt } from "../runtime/ops.js";
import { floatRepr } from "../runtime/repr.js";
import { intToDecimal, intFromString } from "../runtime/int-ops.js";
import { isSimple, cpToUnit, unitToCp } from "../runtime/text/codepoints.js";
import { state } from "../runtime/state.js";
import { EXC, newExc } from "../runtime/exceptions.js";

// ---------------------------------------------------------------- encoding

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };
const hex4 = (c: number): string => "\\u" + c.toString(16).padStart(4, "0");
const NEEDS_ASCII = /["\\\u0000-\u001f\u007f-\uffff]/;
const NEEDS_PLAIN = /["\\\u0000-\u001f]/;

/** A JSON string literal (json.encoder's encode_basestring[_ascii]). */
export function quote(s: string, ascii: boolean): string {
  if (!(ascii ? NEEDS_ASCII : NEEDS_PLAIN).test(s)) return '"' + s + '"';
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c < 0x7f || !ascii)) continue;
    out += s.slice(run, i);
    run = i + 1;
    const ch = s[i];
    out += SHORT_ESCAPES[ch] ?? hex4(c);
  }
  return out + s.slice(run) + '"';
}

interface EncodeOptions {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  skipKeys: boolean;
  ascii: boolean;
  circular: boolean;
  allowNan: boolean;
  dflt: PyValue;
}

function floatText(x: number, o: EncodeOptions): string {
  if (Number.isFinite(x)) {
    // JS and Python agree on the shortest digits; their layouts agree for 1e-4 <= |x| < 1e16
    const a = Math.abs(x);
    if (a >= 1e-4 && a < 1e16) {
      const t = String(x);
      return Number.isInteger(x) ? t + ".0" : t;
    }
    return floatRepr(x);
  }
  if (!o.allowNan) raise("ValueError", "Out of range float values are not JSON compliant");
  return x !== x ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

/** CPython's encoder says "object" for arrays too (_json.c encoder_listencode_list). */
function enter(): void {
  if (++state.depth > state.limit) {
    state.depth--;
    raise("RecursionError", "maximum recursion depth exceeded while encoding a JSON object");
  }
}

class Encoder {
  /** the text so far: V8 joins `+=` pieces as ropes, without a parts array */
  out = "";
  active = new Set<PyObject>();
  constructor(readonly o: EncodeOptions) {}

  mark(v: PyObject): void {
    if (!this.o.circular) return;
    if (this.active.has(v)) raise("ValueError", "Circular reference detected");
    this.active.add(v);
  }

  value(v: PyValue, level: number): void {
    if (typeof v === "string") this.out += (quote(v, this.o.ascii));
    else if (v === null) this.out += ("null");
    else if (v === true) this.out += ("true");
    else if (v === false) this.out += ("false");
    else if (typeof v === "number") this.out += (String(v));
    else if (typeof v === "bigint") this.out += (intToDecimal(v));
    else if (v instanceof PyFloat) this.out += (floatText(v.v, this.o));
    else if (v instanceof PyList || v instanceof PyTuple) this.array(v, level);
    else if (v instanceof PyDict) this.object(v, level);
    else this.other(v, level);
  }

  array(v: PyList | PyTuple, level: number): void {
    if (v.a.length === 0) {
      this.out += ("[]");
      return;
    }
    this.mark(v);
    enter();
    try {
      const ind = this.o.indent;
      const nl = ind === null ? "" : "\n" + ind.repeat(level + 1);
      this.out += ("[" + nl);
      const a = v.a;
      for (let i = 0; i < a.length; i++) {
        if (i) this.out += (this.o.itemSep + nl);
        this.value(a[i], level + 1);
      }
      this.out += (ind === null ? "]" : "\n" + ind.repeat(level) + "]");
    } finally {
      state.depth--;
    }
    this.active.delete(v);
  }

  keyText(k: PyValue): string | null {
    if (typeof k === "string") return k;
    if (k instanceof PyFloat) return floatText(k.v, this.o);
    if (k === true) return "true";
    if (k === false) return "false";
    if (k === null) return "null";
    if (typeof k === "number") return String(k);
    if (typeof k === "bigint") return intToDecimal(k);
    if (this.o.skipKeys) return null;
    return raise("TypeError", `keys must be str, int, float, bool or None, not ${typeOf(k).name}`);
  }

  object(d: PyDict, level: number): void {
    if (d.size === 0) {
      this.out += ("{}");
      return;
    }
    this.mark(d);
    enter();
    try {
      const ind = this.o.indent;
      const nl = ind === null ? "" : "\n" + ind.repeat(level + 1);
      this.out += ("{" + nl);
      let first = true;
      if (this.o.sortKeys) {
        for (const [k, v] of sortItems([...d.entries()])) {
          const key = this.keyText(k);
          if (key === null) continue;
          if (!first) this.out += (this.o.itemSep + nl);
          first = false;
          this.out += quote(key, this.o.ascii) + this.o.keySep;
          this.value(v, level + 1);
        }
      } else {
        // string keys (the usual case) are stored in the table as themselves
        const t = d.t;
        for (const [nk, v] of t.m) {
          const key = typeof nk === "string" ? nk : this.keyText(t.keyOf(nk));
          if (key === null) continue;
          if (!first) this.out += (this.o.itemSep + nl);
          first = false;
          this.out += quote(key, this.o.ascii) + this.o.keySep;
          this.value(v, level + 1);
        }
      }
      this.out += (ind === null ? "}" : "\n" + ind.repeat(level) + "}");
    } finally {
      state.depth--;
    }
    this.active.delete(d);
  }

  other(v: PyValue, level: number): void {
    const obj = v as PyObject;
    this.mark(obj);
    enter();
    try {
      const r = callv(this.o.dflt, [v], null);
      this.value(r, level);
    } finally {
      state.depth--;
    }
    this.active.delete(obj);
  }
}

/** sorted(d.items()): keys compared with Python's `<` (ties cannot happen in a dict). */
function sortItems(items: [PyValue, PyValue][]): [PyValue, PyValue][] {
  const keyed = items.map((it, i) => ({ it, i }));
  // a stable merge sort that only asks `<`, as list.sort does
  const less = (a: { it: [PyValue, PyValue] }, b: { it: [PyValue, PyValue] }): boolean => truthy(lt(a.it[0], b.it[0]));
  const sorted = mergeSort(keyed, less);
  return sorted.map((x) => x.it);
}
function mergeSort<X>(a: X[], less: (x: X, y: X) => boolean): X[] {
  if (a.length < 2) return a;
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid), less);
  const r = mergeSort(a.slice(mid), less);
  const out: X[] = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) out.push(less(r[j], l[i]) ? r[j++] : l[i++]);
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}

// ---------------------------------------------------------------- decoding

interface ScanHooks {
  strict: boolean;
  objectHook: PyValue;
  pairsHook: PyValue;
  parseFloat: PyValue;
  parseInt: PyValue;
  parseConstant: PyValue;
  errorClass: PyValue;
}

class Scanner {
  /** positions reported to Python are code points */
  readonly simple: boolean;
  /** where the value the last value()/string() call read ends (a code unit index):
   * returned this way, not as a pair, so that a scan allocates only its results */
  end = 0;
  constructor(readonly s: string, readonly h: ScanHooks) {
    this.simple = isSimple(s);
  }

  /** `v`, read up to `end` */
  at<V>(v: V, end: number): V {
    this.end = end;
    return v;
  }

  fail(msg: string, unit: number): never {
    const pos = this.simple ? unit : unitToCp(this.s, unit);
    throw callv(this.h.errorClass, [msg, this.s, pos], null);
  }

  ws(i: number): number {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return i;
    }
  }

  /** One value at i (no leading whitespace allowed, as scan_once); returns [value, end]. */
  value(i: number): PyValue {
    const s = this.s;
    const c = s[i];
    switch (c) {
      case '"':
        return this.string(i + 1);
      case "{":
        return this.object(i + 1);
      case "[":
        return this.array(i + 1);
      case "n":
        if (s.startsWith("null", i)) return this.at(null, i + 4);
        break;
      case "t":
        if (s.startsWith("true", i)) return this.at(true, i + 4);
        break;
      case "f":
        if (s.startsWith("false", i)) return this.at(false, i + 5);
        break;
      case "N":
        if (s.startsWith("NaN", i)) return this.at(this.constant("NaN"), i + 3);
        break;
      case "I":
        if (s.startsWith("Infinity", i)) return this.at(this.constant("Infinity"), i + 8);
        break;
      case "-":
        if (s.startsWith("-Infinity", i)) return this.at(this.constant("-Infinity"), i + 9);
        break;
    }
    const num = this.number(i);
    if (num !== undefined) return num;
    return this.fail("Expecting value", i);
  }

  constant(name: string): PyValue {
    if (this.h.parseConstant !== null) return callv(this.h.parseConstant, [name], null);
    return new PyFloat(name === "NaN" ? NaN : name === "Infinity" ? Infinity : -Infinity);
  }

  number(i: number): PyValue | undefined {
    const s = this.s;
    const start = i;
    if (s[i] === "-") i++;
    const d0 = s.charCodeAt(i);
    if (d0 === 0x30) i++;
    else if (d0 > 0x30 && d0 <= 0x39) {
      i++;
      while (isDigit(s.charCodeAt(i))) i++;
    } else return undefined;
    let isFloat = false;
    if (s[i] === "." && isDigit(s.charCodeAt(i + 1))) {
      i += 2;
      while (isDigit(s.charCodeAt(i))) i++;
      isFloat = true;
    }
    if (s[i] === "e" || s[i] === "E") {
      let j = i + 1;
      if (s[j] === "+" || s[j] === "-") j++;
      if (isDigit(s.charCodeAt(j))) {
        while (isDigit(s.charCodeAt(j))) j++;
        i = j;
        isFloat = true;
      }
    }
    const text = s.slice(start, i);
    if (isFloat) {
      if (this.h.parseFloat !== null) return this.at(callv(this.h.parseFloat, [text], null), i);
      return this.at(new PyFloat(Number(text)), i);
    }
    if (this.h.parseInt !== null) return this.at(callv(this.h.parseInt, [text], null), i);
    if (i - start < 16) return this.at(Number(text) || 0, i); // "-0" is 0
    return this.at(intFromString(text), i);
  }

  string(i: number): string {
    const s = this.s;
    const begin = i - 1;
    let out = "";
    let run = i;
    const n = s.length;
    for (;;) {
      if (i >= n) this.fail("Unterminated string starting at", begin);
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        return this.at(out + s.slice(run, i), i + 1);
      }
      if (c === 0x5c) {
        out += s.slice(run, i);
        const e = s[i + 1];
        if (e === undefined) this.fail("Unterminated string starting at", begin);
        if (e === "u") {
          const cu = this.hex(i + 2, i + 1);
          i += 6;
          if (cu >= 0xd800 && cu <= 0xdbff && s[i] === "\\" && s[i + 1] === "u") {
            const lo = this.hex(i + 2, i + 1);
            if (lo >= 0xdc00 && lo <= 0xdfff) {
              out += String.fromCharCode(cu, lo);
              i += 6;
              run = i;
              continue;
            }
            // not a pair: the second escape is read again on its own
          }
          out += String.fromCharCode(cu);
          run = i;
          continue;
        }
        const m = SIMPLE_UNESCAPE[e];
        if (m === undefined) this.fail("Invalid \\escape", i);
        out += m;
        i += 2;
        run = i;
        continue;
      }
      if (c < 0x20 && this.h.strict) this.fail("Invalid control character at", i);
      i++;
    }
  }

  hex(i: number, errAt: number): number {
    const t = this.s.slice(i, i + 4);
    if (t.length < 4 || !/^[0-9a-fA-F]{4}$/.test(t)) this.fail("Invalid \\uXXXX escape", errAt);
    return parseInt(t, 16);
  }

  object(i: number): PyValue {
    const s = this.s;
    // without object_pairs_hook the pairs go straight into the dict
    const pairs: [PyValue, PyValue][] | null = this.h.pairsHook !== null ? [] : null;
    const dict = pairs === null ? new PyDict() : null;
    i = this.ws(i);
    if (s[i] === "}") return this.at(this.finishObject(pairs, dict), i + 1);
    enterDecode("object");
    try {
      for (;;) {
        if (s[i] !== '"') this.fail("Expecting property name enclosed in double quotes", i);
        const key = this.string(i + 1);
        i = this.ws(this.end);
        if (s[i] !== ":") this.fail("Expecting ':' delimiter", i);
        i = this.ws(i + 1);
        const v = this.value(i);
        if (dict !== null) dict.setStr(key, v);
        else pairs!.push([key, v]);
        i = this.ws(this.end);
        if (s[i] === "}") return this.at(this.finishObject(pairs, dict), i + 1);
        if (s[i] !== ",") this.fail("Expecting ',' delimiter", i);
        i = this.ws(i + 1);
      }
    } finally {
      state.depth--;
    }
  }

  finishObject(pairs: [PyValue, PyValue][] | null, d: PyDict | null): PyValue {
    if (pairs !== null) return callv(this.h.pairsHook, [new PyList(pairs.map((p) => tuple(p)))], null);
    if (this.h.objectHook !== null) return callv(this.h.objectHook, [d!], null);
    return d!;
  }

  array(i: number): PyValue {
    const s = this.s;
    const items: PyValue[] = [];
    i = this.ws(i);
    if (s[i] === "]") return this.at(new PyList(items), i + 1);
    enterDecode("array");
    try {
      for (;;) {
        const v = this.value(i);
        items.push(v);
        i = this.ws(this.end);
        if (s[i] === "]") return this.at(new PyList(items), i + 1);
        if (s[i] !== ",") this.fail("Expecting ',' delimiter", i);
        i = this.ws(i + 1);
      }
    } finally {
      state.depth--;
    }
  }
}

const SIMPLE_UNESCAPE: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

function enterDecode(kind: "object" | "array"): void {
  if (++state.depth > state.limit) {
    state.depth--;
    raise("RecursionError", `maximum recursion depth exceeded while decoding a JSON ${kind} from a unicode string`);
  }
}

// ---------------------------------------------------------------- the module

const orNull = (v: PyValue | undefined): PyValue => (v === undefined ? null : v);

registerModule("_pycell_json", (m: PyModule) => {
  const d = m.$dict!;
  d.setStr("encode_basestring_ascii", builtin("encode_basestring_ascii", 1, 1, (s) => quote(strArg(s), true)));
  d.setStr("encode_basestring", builtin("encode_basestring", 1, 1, (s) => quote(strArg(s), false)));
  // encode(obj, indent, item_sep, key_sep, sort_keys, skipkeys, ensure_ascii, check_circular, allow_nan, default)
  d.setStr("encode", builtin("encode", 10, 10, (obj, indent, itemSep, keySep, sortKeys, skipKeys, ascii, circular, allowNan, dflt) => {
    const enc = new Encoder({
      indent: indent === null ? null : (indent as string),
      itemSep: itemSep as string,
      keySep: keySep as string,
      sortKeys: truthy(sortKeys),
      skipKeys: truthy(skipKeys),
      ascii: truthy(ascii),
      circular: truthy(circular),
      allowNan: truthy(allowNan),
      dflt,
    });
    enc.value(obj, 0);
    return enc.out;
  }));
  // scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, error_class)
  d.setStr("scan", builtin("scan", 9, 9, (s, idx, strict, oh, ph, pf, pi, pc, ec) => {
    const text = strArg(s);
    const sc = new Scanner(text, { strict: truthy(strict), objectHook: orNull(oh), pairsHook: orNull(ph), parseFloat: orNull(pf), parseInt: orNull(pi), parseConstant: orNull(pc), errorClass: ec });
    const start = idx as number;
    if (start < 0) throw newExc(EXC.StopIteration, [start]);
    const u = sc.simple ? start : cpToUnit(text, Math.min(start, cpLengthOf(text)));
    const v = sc.value(u);
    const end = sc.end;
    return tuple([v, sc.simple ? end : unitToCp(text, end)]);
  }));
  // whitespace end: the first index at or after idx that is not JSON whitespace
  d.setStr("skip_ws", builtin("skip_ws", 2, 2, (s, idx) => {
    const text = strArg(s);
    const simple = isSimple(text);
    const u = simple ? (idx as number) : cpToUnit(text, idx as number);
    let i = u;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    return simple ? i : unitToCp(text, i);
  }));
});

function cpLengthOf(s: string): number {
  return unitToCp(s, s.length);
}

function strArg(s: PyValue): string {
  if (typeof s !== "string") raise("TypeError", `first argument must be a string, not ${typeOf(s).name}`);
  return s;
}

export { pyRepr, T };
