// printf-style formatting: `fmt % args`
// (https://docs.python.org/3/library/stdtypes.html#printf-style-string-formatting),
// following Objects/unicodeobject.c PyUnicode_Format. The object model supplies the
// operations on Python objects through PercentOps, so this stays a leaf module and
// can serve bytes % args later (the caller maps bytes to latin-1 text).
import { raise } from "./raise.js";
import { type PyInt, intToDecimal, toBig } from "./int-ops.js";
import { doubleToString } from "./float-format.js";

/** What both str % args and bytes % args need from the object model. */
interface CommonOps<T> {
  /** Is `v` a tuple (its items are the arguments)? */
  isTuple(v: T): boolean;
  tupleItems(v: T): readonly T[];
  /** PyMapping_Check and not a tuple or str/bytes: enables %(name)s. */
  isMapping(v: T): boolean;
  /** The Python type name for messages ("str", "NoneType"). */
  typeName(v: T): string;
  /** The value if `v` is an int (bool counts: return 0/1), else null. */
  asInt(v: T): PyInt | null;
  /** PyNumber_Check: has __index__, __int__, __float__ or is complex. */
  isNumber(v: T): boolean;
  /** operator.index(v) (__index__), or null when v has no __index__. */
  index(v: T): PyInt | null;
  /** whether a thrown value is a Python TypeError (to reword it as the format's) */
  isTypeError?(e: unknown): boolean;
  /** int(v) for a number (__int__, float truncation); may raise. */
  toInt(v: T): PyInt;
  /** float(v) (PyFloat_AsDouble): raises "must be real number, not X" itself. */
  toFloat(v: T): number;
  /** ascii(v), for %a (and %r of bytes formatting). */
  ascii(v: T): string;
}

export interface PercentOps<T> extends CommonOps<T> {
  /** mapping[key]; raises KeyError itself. */
  getItem(mapping: T, key: string): T;
  str(v: T): string;
  repr(v: T): string;
  /** The text of a str of length 1, else null (for %c). */
  asChar(v: T): string | null;
}

export interface BytesPercentOps<T> extends CommonOps<T> {
  /** mapping[key] with a bytes key; raises KeyError itself. */
  getItem(mapping: T, key: Uint8Array): T;
  /** The bytes of a bytes-like object or of __bytes__(), else null (%s, %b). */
  bytesOf(v: T): Uint8Array | null;
  /** The byte of a bytes/bytearray of length 1, else null (for %c). */
  asByte(v: T): number | null;
}

/** How one conversion differs between str and bytes formatting. */
interface Mode<T> {
  bytes: boolean;
  getItem(mapping: T, key: string): T;
  /** %s %r %a (and %b for bytes). */
  text(v: T, conv: string): string | null;
  char(v: T): string;
}

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const PY_SSIZE_T_MAX = 9223372036854775807n;
const INT_MAX = 2147483647;

function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function cpTruncate(s: string, n: number): string {
  if (s.length <= n) return s;
  return Array.from(s).slice(0, n).join("");
}

/** fmt % args for a str format. */
export function percentFormat<T>(fmt: string, args: T, ops: PercentOps<T>): string {
  return formatCore(fmt, args, ops, {
    bytes: false,
    getItem: (m, key) => ops.getItem(m, key),
    text: (v, conv) => (conv === "s" ? ops.str(v) : conv === "r" ? ops.repr(v) : conv === "a" ? ops.ascii(v) : null),
    char: (v) => formatChar(v, ops),
  });
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let k = 0; k < b.length; k += 8192) s += String.fromCharCode(...b.subarray(k, k + 8192));
  return s;
}

function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) out[k] = s.charCodeAt(k);
  return out;
}

/** fmt % args for bytes/bytearray (Objects/bytesobject.c _PyBytes_FormatEx). */
export function percentFormatBytes<T>(fmt: Uint8Array, args: T, ops: BytesPercentOps<T>): Uint8Array {
  const out = formatCore(latin1(fmt), args, ops, {
    bytes: true,
    getItem: (m, key) => ops.getItem(m, fromLatin1(key)),
    text: (v, conv) => {
      if (conv === "r" || conv === "a") return ops.ascii(v);
      if (conv !== "s" && conv !== "b") return null;
      const b = ops.bytesOf(v);
      if (b === null) raise("TypeError", `%b requires a bytes-like object, or an object that implements __bytes__, not '${ops.typeName(v)}'`);
      return latin1(b);
    },
    char: (v) => {
      const b = ops.asByte(v);
      if (b !== null) return String.fromCharCode(b);
      const iv = ops.asInt(v);
      if (iv === null) return raise("TypeError", "%c requires an integer in range(256) or a single byte");
      if (iv < 0 || iv > 255) raise("OverflowError", "%c arg not in range(256)");
      return String.fromCharCode(Number(iv));
    },
  });
  return fromLatin1(out);
}

function formatCore<T>(fmt: string, args: T, ops: CommonOps<T>, mode: Mode<T>): string {
  // Argument state as in PyUnicode_Format: a tuple is consumed item by item;
  // any other object is the single argument (arglen -1, argidx -2).
  let cur: T = args;
  let items: readonly T[] = [];
  let arglen: number;
  let argidx: number;
  if (ops.isTuple(args)) {
    items = ops.tupleItems(args);
    arglen = items.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
  }
  const dict = ops.isMapping(args) && !ops.isTuple(args) ? args : null;

  // unicode_format_getnextarg: a single argument is "consumed" by moving argidx
  // from -2 to -1.
  const nextArg = (): T => {
    if (argidx < arglen) {
      const k = argidx++;
      return arglen < 0 ? cur : items[k];
    }
    return raise("TypeError", "not enough arguments for format string");
  };

  let out = "";
  const n = fmt.length;
  let pos = 0;
  while (pos < n) {
    const pct = fmt.indexOf("%", pos);
    if (pct < 0) {
      out += fmt.slice(pos);
      break;
    }
    out += fmt.slice(pos, pct);
    pos = pct + 1;
    if (pos >= n) raise("ValueError", "incomplete format");
    if (fmt[pos] === "%") {
      out += "%";
      pos++;
      continue;
    }
    // 1. mapping key
    if (fmt[pos] === "(") {
      if (dict === null) raise("TypeError", "format requires a mapping");
      let depth = 1;
      const keyStart = ++pos;
      while (depth > 0 && pos < n) {
        if (fmt[pos] === ")") depth--;
        else if (fmt[pos] === "(") depth++;
        pos++;
      }
      if (depth > 0) raise("ValueError", "incomplete format key");
      const key = fmt.slice(keyStart, pos - 1);
      cur = mode.getItem(dict, key);
      items = [];
      arglen = -1;
      argidx = -2;
    }
    // 2. flags
    let flags = 0;
    for (; pos < n; pos++) {
      const c = fmt[pos];
      if (c === "-") flags |= F_LJUST;
      else if (c === "+") flags |= F_SIGN;
      else if (c === " ") flags |= F_BLANK;
      else if (c === "#") flags |= F_ALT;
      else if (c === "0") flags |= F_ZERO;
      else break;
    }
    // 3. width
    let width = -1;
    if (fmt[pos] === "*") {
      pos++;
      const v = ops.asInt(nextArg());
      if (v === null) raise("TypeError", "* wants int");
      if (v > PY_SSIZE_T_MAX || v < -PY_SSIZE_T_MAX - 1n) raise("OverflowError", "Python int too large to convert to C ssize_t");
      width = Number(v);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
    } else {
      let w = -1n;
      while (pos < n && fmt[pos] >= "0" && fmt[pos] <= "9") {
        w = (w < 0n ? 0n : w * 10n) + BigInt(fmt.charCodeAt(pos) - 48);
        if (w > PY_SSIZE_T_MAX) raise("ValueError", "width too big");
        pos++;
      }
      if (w >= 0n) width = Number(w);
    }
    // 4. precision
    let prec = -1;
    if (fmt[pos] === ".") {
      pos++;
      if (fmt[pos] === "*") {
        pos++;
        const v = ops.asInt(nextArg());
        if (v === null) raise("TypeError", "* wants int");
        if (v > INT_MAX || v < -INT_MAX - 1) raise("OverflowError", "Python int too large to convert to C int");
        prec = Math.max(0, Number(v));
      } else {
        prec = 0;
        while (pos < n && fmt[pos] >= "0" && fmt[pos] <= "9") {
          prec = prec * 10 + (fmt.charCodeAt(pos) - 48);
          if (prec > INT_MAX) raise("ValueError", "precision too big");
          pos++;
        }
      }
    }
    // 5. length modifiers are accepted and ignored
    while (pos < n && (fmt[pos] === "h" || fmt[pos] === "l" || fmt[pos] === "L")) pos++;
    if (pos >= n) raise("ValueError", "incomplete format");
    const ch = String.fromCodePoint(fmt.codePointAt(pos)!);
    pos += ch.length;
    const v = nextArg();
    let body: string;
    let numeric = false;
    const text = mode.text(v, ch);
    if (text !== null) {
      body = prec >= 0 ? cpTruncate(text, prec) : text;
    } else {
      switch (ch) {
        case "i": case "d": case "u": case "o": case "x": case "X":
          body = formatLong(v, ch, flags, prec, ops);
          numeric = true;
          break;
        case "e": case "E": case "f": case "F": case "g": case "G":
          body = doubleToString(ops.toFloat(v), ch, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
          numeric = true;
          break;
        case "c":
          body = mode.char(v);
          break;
        default: {
          const cp = ch.codePointAt(0)!;
          // bytesobject.c formats the message with a signed char: bytes >= 0x80 make
          // PyErr_Format itself fail.
          if (mode.bytes && cp >= 0x80) raise("OverflowError", "character argument not in range(0x110000)");
          const shown = cp >= 31 && cp <= 126 ? ch : mode.bytes ? ch : "?";
          raise("ValueError", `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${pos - ch.length}`);
        }
      }
    }
    out += applyWidth(body, ch, numeric, flags, width);
    if (dict !== null && argidx < arglen) notAllConverted(mode.bytes);
  }
  if (argidx < arglen && dict === null) notAllConverted(mode.bytes);
  return out;
}

function notAllConverted(bytes: boolean): never {
  return raise("TypeError", `not all arguments converted during ${bytes ? "bytes" : "string"} formatting`);
}

/** mainformatlong + _PyUnicode_FormatLong: the digits with precision as a minimum
 * digit count and the '#' prefix; the sign is added later. */
function formatLong<T>(v: T, ch: string, flags: number, prec: number, ops: CommonOps<T>): string {
  let iv = ops.asInt(v);
  if (iv === null) {
    if (!ops.isNumber(v)) {
      const what = ch === "o" || ch === "x" || ch === "X" ? "an integer is required" : "a real number is required";
      raise("TypeError", `%${ch} format: ${what}, not ${ops.typeName(v)}`);
    }
    if (ch === "o" || ch === "x" || ch === "X") {
      iv = ops.index(v);
      if (iv === null) raise("TypeError", `%${ch} format: an integer is required, not ${ops.typeName(v)}`);
    } else {
      // mainformatlong: a TypeError from int(v) (a complex...) becomes the format's own
      try {
        iv = ops.toInt(v);
      } catch (e) {
        if (ops.isTypeError?.(e)) raise("TypeError", `%${ch} format: a real number is required, not ${ops.typeName(v)}`);
        throw e;
      }
    }
  }
  const neg = iv < 0;
  const mag = neg ? (typeof iv === "number" ? -iv : -toBig(iv)) : iv;
  let digits: string;
  switch (ch) {
    case "o": digits = mag.toString(8); break;
    case "x": digits = mag.toString(16); break;
    case "X": digits = mag.toString(16).toUpperCase(); break;
    default: digits = intToDecimal(mag);
  }
  if (prec > digits.length) digits = "0".repeat(prec - digits.length) + digits;
  let prefix = "";
  if (flags & F_ALT) {
    if (ch === "o") prefix = "0o";
    else if (ch === "x") prefix = "0x";
    else if (ch === "X") prefix = "0X";
  }
  return (neg ? "-" : "") + prefix + digits;
}

function formatChar<T>(v: T, ops: PercentOps<T>): string {
  const s = ops.asChar(v);
  if (s !== null) return s;
  // formatchar: an int or anything with __index__
  const iv = ops.asInt(v) ?? ops.index(v);
  if (iv === null) return raise("TypeError", "%c requires int or char");
  if (iv < 0 || iv > 0x10ffff) raise("OverflowError", "%c arg not in range(0x110000)");
  return String.fromCodePoint(Number(iv));
}

/** unicode_format_arg_output: sign, zero padding after the sign and prefix, width. */
export function applyWidth(body: string, ch: string, numeric: boolean, flags: number, width: number): string {
  let sign = "";
  if (numeric) {
    if (body.startsWith("-")) {
      sign = "-";
      body = body.slice(1);
    } else if (body.startsWith("+")) {
      sign = "+";
      body = body.slice(1);
    } else if (flags & F_SIGN) sign = "+";
    else if (flags & F_BLANK) sign = " ";
  }
  let prefix = "";
  if (numeric && (flags & F_ALT) && (ch === "x" || ch === "X" || ch === "o")) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
  }
  const len = sign.length + prefix.length + cpLength(body);
  if (width <= len) return sign + prefix + body;
  if (width > 2 ** 29) raise("MemoryError", "");
  const fill = width - len;
  if (flags & F_LJUST) return sign + prefix + body + " ".repeat(fill);
  if (numeric && (flags & F_ZERO)) return sign + prefix + "0".repeat(fill) + body;
  return " ".repeat(fill) + sign + prefix + body;
}
