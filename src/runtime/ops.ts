// Core protocols: type of a value, truthiness, repr/str, hashing, equality, rich
// comparison and binary/unary operators with Python's dispatch rules.
import { PyObject, PyFloat, PyComplex, PyInstance, PyIntSub, PyStrSub, type PyValue } from "./object.js";
import type { PyType } from "./type.js";
import { T, NotImplemented, PySingleton } from "./types.js";
import { raise } from "./raise.js";
import { floatRepr, complexRepr, strRepr } from "./repr.js";
import * as I from "./int.js";
import { intToDecimal } from "./int-ops.js";
import { strCompare } from "./text/codepoints.js";
import { state } from "./state.js";
import { tupleHashLow } from "./tuple-hash.js";
import * as F from "./float.js";
import { callv } from "./call.js";
import { PyBuiltin, PyFunction } from "./function.js";

export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case "number":
    case "bigint":
      return T.int;
    case "string":
      return T.str;
    case "boolean":
      return T.bool;
  }
  if (v === null) return T.NoneType;
  return v.$cls;
}
export const typeName = (v: PyValue): string => typeOf(v).name;

export function isInstance(v: PyValue, t: PyType): boolean {
  const vt = typeOf(v);
  return vt === t || vt.isSubtypeOf(t);
}

/** Call the special method `name` looked up on the type (not the instance), or
 * return undefined when the type has none. */
export function callSpecial(v: PyValue, name: string, args: PyValue[]): PyValue | undefined {
  const f = typeOf(v).lookup(name);
  if (f === undefined || f === null) return undefined;
  if (f instanceof PyBuiltin && f.kw === null) return f.$fn(v, ...args);
  return callv(bindDescr(f, v), args, null);
}

/** Call a special method already looked up on the type; None there is not callable. */
function callFound(f: PyValue, v: PyValue): PyValue {
  if (f === null) return raise("TypeError", "'NoneType' object is not callable");
  if (f instanceof PyBuiltin && f.kw === null) return f.$fn(v);
  return callv(bindDescr(f, v), [], null);
}

/** Bind a function found on a type to an instance (the descriptor __get__ step). */
export function bindDescr(f: PyValue, self: PyValue): PyValue {
  return getDescr(f, self, typeOf(self));
}
// set by attributes.ts (avoids an import cycle at module evaluation)
export let getDescr: (f: PyValue, self: PyValue, owner: PyType) => PyValue = (f) => f;
export function setGetDescr(g: typeof getDescr): void {
  getDescr = g;
}

export type IntLike = number | bigint;
export const isInt = (v: PyValue): v is IntLike => typeof v === "number" || typeof v === "bigint";

// ---- truthiness (object.c PyObject_IsTrue) ----
export function truthy(v: PyValue): boolean {
  if (v === true) return true;
  if (v === false || v === null) return false;
  switch (typeof v) {
    case "number":
      return v !== 0;
    case "string":
      return v.length > 0;
    case "bigint":
      return v !== 0n;
  }
  return truthySlow(v as PyObject);
}
function truthySlow(v: PyObject): boolean {
  const t = v.$cls;
  // exact built-in containers answer by their length, without the __bool__/__len__
  // lookups and the call (`while stack:`); their types never change
  if (t === T.list || t === T.tuple) return (v as PyObject & { a: PyValue[] }).a.length !== 0;
  if (t === T.dict || t === T.set || t === T.frozenset) return (v as PyObject & { t: { size: number } }).t.size !== 0;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyComplex) return v.re !== 0 || v.im !== 0;
  // one lookup per slot; a slot set to None blocks the fallback (`__bool__ = None`)
  const fb = t.lookup("__bool__");
  if (fb !== undefined) {
    const b = callFound(fb, v);
    if (typeof b !== "boolean") raise("TypeError", `__bool__ should return bool, returned ${typeName(b)}`);
    return b;
  }
  const fl = t.lookup("__len__");
  if (fl !== undefined) {
    const n = callFound(fl, v);
    if (!isInt(n) && typeof n !== "boolean") raise("TypeError", `'${typeName(n)}' object cannot be interpreted as an integer`);
    const k = indexValue(n, true);
    if (k < 0) raise("ValueError", "__len__() should return >= 0");
    return k !== 0;
  }
  return true;
}

// ---- repr / str ----
const reprActive = new Set<PyObject>();
/** Guard for containers that can contain themselves (Objects/object.c Py_ReprEnter). */
export function reprEnter(o: PyObject): boolean {
  if (reprActive.has(o)) return false;
  // PyObject_Repr's Py_EnterRecursiveCall: nested containers count against the
  // recursion limit together with the Python frames
  if (reprActive.size + state.depth > state.limit) raise("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
  reprActive.add(o);
  return true;
}
export function reprLeave(o: PyObject): void {
  reprActive.delete(o);
}

export function pyRepr(v: PyValue): string {
  switch (typeof v) {
    case "string":
      return strRepr(v);
    case "number":
      return String(v);
    case "bigint":
      return intToDecimal(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === null) return "None";
  // an instance of a float subclass may override __repr__
  if (v instanceof PyFloat && v.$cls === T.float) return floatRepr(v.v);
  const r = reprObject(v);
  return typeof r === "string" ? r : r.sv;
}
/** PyObject_Repr: the result of __repr__, which may be a str subclass instance. */
export function reprObject(v: PyValue): string | PyStrSub {
  if (v === null || typeof v !== "object" || (v instanceof PyFloat && v.$cls === T.float)) return pyRepr(v);
  const r = callSpecial(v, "__repr__", []);
  if (typeof r !== "string" && !(r instanceof PyStrSub)) raise("TypeError", `__repr__ returned non-string (type ${typeName(r ?? null)})`);
  return r;
}

/** ascii(v): repr with every non-ASCII character backslash-escaped (PyObject_ASCII). */
export function pyAscii(v: PyValue): string {
  const r = pyRepr(v);
  let out = "";
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c <= 0xffff) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

export function pyStr(v: PyValue): string {
  if (typeof v === "string") return v;
  if (typeof v !== "object" || v === null || (v instanceof PyFloat && v.$cls === T.float)) return pyRepr(v);
  const r = strObject(v);
  return typeof r === "string" ? r : r.sv;
}
/** PyObject_Str: the result of __str__, which may be a str subclass instance. */
export function strObject(v: PyValue): string | PyStrSub {
  if (typeof v === "string") return v;
  if (typeof v !== "object" || v === null || (v instanceof PyFloat && v.$cls === T.float)) return pyRepr(v);
  const r = callSpecial(v, "__str__", []);
  if (typeof r !== "string" && !(r instanceof PyStrSub)) raise("TypeError", `__str__ returned non-string (type ${typeName(r ?? null)})`);
  return r;
}

export function defaultRepr(v: PyValue): string {
  const t = typeOf(v);
  const mod = t.attrs.get("__module__");
  const prefix = typeof mod === "string" && mod !== "builtins" ? mod + "." : "";
  return `<${prefix}${t.qualname} object at ${hexId(v)}>`;
}

// ---- identity ----
const ids = new WeakMap<object, number>();
let nextId = 0x7f3a10000000 / 16;
export function pyId(v: PyValue): IntLike {
  if (v !== null && typeof v === "object") {
    let i = ids.get(v);
    if (i === undefined) ids.set(v, (i = ++nextId * 16));
    return i;
  }
  // immutable primitives: a stable id per value
  return primId(v);
}
const primIds = new Map<unknown, number>();
function primId(v: PyValue): number {
  const k = typeof v === "string" ? "s" + v : v;
  let i = primIds.get(k);
  if (i === undefined) primIds.set(k, (i = ++nextId * 16));
  return i;
}
export const hexId = (v: PyValue): string => "0x" + pyId(v).toString(16).padStart(12, "0");

// ---- hashing ----
// int and float hashes are hash.ts's (CPython's exact long_hash / _Py_HashDouble).
export { intHash, floatHash } from "./hash.js";
import { intHash, floatHash } from "./hash.js";
/** A hash as a JS number for the hash tables (bucket index only). */
// the low 32 bits, signed (ToInt32 is exactly that for a safe integer)
const smallHash = (h: IntLike): number => (typeof h === "number" ? h | 0 : Number(BigInt.asIntN(32, h)));
export function strHash(s: string): number {
  if (s.length === 0) return 0; // hash('') == 0 in CPython, whatever the seed
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h |= 0;
  return h === -1 ? -2 : h;
}

export function pyHash(v: PyValue): number {
  switch (typeof v) {
    case "number":
    case "bigint":
      return smallHash(intHash(v));
    case "string":
      return strHash(v);
    case "boolean":
      return v ? 1 : 0;
  }
  if (v === null) return 0x5f3a;
  if (v instanceof PyFloat) return smallHash(floatHash(v.v));
  if (v.$cls === T.tuple) return tupleHashLow((v as PyObject & { a: PyValue[] }).a);
  const f = typeOf(v).lookup("__hash__");
  if (f === null || f === undefined) raise("TypeError", `unhashable type: '${typeName(v)}'`);
  let h = callSpecial(v, "__hash__", [])!;
  // an int subclass result counts as its int value (slot_tp_hash)
  if (h instanceof PyIntSub) h = h.iv;
  if (!isInt(h)) raise("TypeError", "__hash__ method should return an integer");
  // slot_tp_hash: a result that fits a Py_ssize_t is the hash (-1 becomes -2), a bigger
  // one is hashed as an int; equal to what hash() returns, so a user object hashing
  // like a tuple lands in the tuple's bucket
  if (typeof h === "number") return h === -1 ? -2 : h | 0;
  return smallHash(h >= -(2n ** 63n) && h < 2n ** 63n ? h : intHash(h));
}

let objectHash: PyValue | undefined;
let objectEq: PyValue | undefined;
/** True when `o` hashes and compares by identity (object's own __hash__ and __eq__). */
export function hasIdentityHash(o: PyObject): boolean {
  objectHash ??= T.object.attrs.get("__hash__");
  objectEq ??= T.object.attrs.get("__eq__");
  const t = o.$cls;
  if (t.lookup("__eq__") !== objectEq) return false;
  const h = t.lookup("__hash__");
  if (h === null || h === undefined) raise("TypeError", `unhashable type: '${t.name}'`);
  return h === objectHash;
}

// ---- numbers ----
/** The float value of an int/bool/float operand, or undefined. */
export function asFloat(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return I.intToFloat(v);
  if (v instanceof PyIntSub) return I.intToFloat(v.iv);
  return undefined;
}
/** An int operand (bool counts), or undefined. */
export function asInt(v: PyValue): IntLike | undefined {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyIntSub) return v.iv;
  return undefined;
}
/** A str operand, including an instance of a str subclass, or undefined. */
export function asStr(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSub) return v.sv;
  return undefined;
}

export const isIndex = (v: PyValue): boolean => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || (v !== null && typeof v === "object" && v.$cls.lookup("__index__") != null);

/** operator.index(v) as a JS number (or bigint when `allowBig`). */
export function indexValue(v: PyValue, allowBig = false): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") {
    if (allowBig) return Number(v);
    raise("IndexError", "cannot fit 'int' into an index-sized integer");
  }
  const r = callSpecial(v, "__index__", []);
  if (r === undefined) raise("TypeError", `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (!isInt(r) && typeof r !== "boolean") raise("TypeError", `__index__ returned non-int (type ${typeName(r)})`);
  return indexValue(r, allowBig);
}

/** A repetition count (abstract.c sequence_repeat: PyNumber_AsSsize_t(n,
 * PyExc_OverflowError)): beyond a Py_ssize_t it is an OverflowError naming the type of
 * the operand `orig`, not a MemoryError from an impossible allocation. */
export function repeatCount(orig: PyValue, v: PyValue): number {
  if (typeof v === "number") return v;
  const big = typeof v === "bigint" ? v : null;
  const n = big === null ? indexValue(v, true) : Number(big);
  const over = big !== null ? big > 0x7fffffffffffffffn || big < -0x8000000000000000n : n >= 2 ** 63 || n < -(2 ** 63);
  if (over) raise("OverflowError", `cannot fit '${typeName(orig)}' into an index-sized integer`);
  return n;
}

export interface BinOpInfo {
  name: string;
  rname: string;
  iname: string;
  sym: string;
  /** built-in numeric behaviour; NotImplemented when it does not apply */
  native: (a: PyValue, b: PyValue) => PyValue;
}

function numOp(intOp: (a: IntLike, b: IntLike) => PyValue, floatOp: (a: number, b: number) => PyValue, complexOp?: (a: PyComplex, b: PyComplex) => PyValue) {
  return (a: PyValue, b: PyValue): PyValue => {
    const ia = asInt(a), ib = asInt(b);
    if (ia !== undefined && ib !== undefined) return intOp(ia, ib);
    if (complexOp && (a instanceof PyComplex || b instanceof PyComplex)) {
      const ca = toComplex(a), cb = toComplex(b);
      if (ca && cb) return complexOp(ca, cb);
      return NotImplemented;
    }
    const fa = asFloat(a), fb = asFloat(b);
    if (fa !== undefined && fb !== undefined) return floatOp(fa, fb);
    return NotImplemented;
  };
}
function toComplex(v: PyValue): PyComplex | undefined {
  if (v instanceof PyComplex) return v;
  const f = asFloat(v);
  return f === undefined ? undefined : new PyComplex(f, 0);
}

export const pf = (v: number): PyFloat => new PyFloat(v);

// Sequence behaviour of + and * for built-in types is installed by the family files.
export const seqConcat = new Map<PyType, (a: PyValue, b: PyValue) => PyValue>();
export const seqRepeat = new Map<PyType, (a: PyValue, n: number) => PyValue>();
/** Built-in methods that wrap a sequence slot (str's sq_repeat) rather than a number
 * slot: binary operators skip them, so that the other operand's __rmul__ comes first,
 * and repeat in their sequence step instead (abstract.c PyNumber_Multiply). */
export const seqSlotMethods = new Set<PyValue>();

export const OPS: Record<string, BinOpInfo> = {
  Add: { name: "__add__", rname: "__radd__", iname: "__iadd__", sym: "+", native: numOp(I.intAdd, (a, b) => pf(a + b), (a, b) => new PyComplex(a.re + b.re, a.im + b.im)) },
  Sub: { name: "__sub__", rname: "__rsub__", iname: "__isub__", sym: "-", native: numOp(I.intSub, (a, b) => pf(a - b), (a, b) => new PyComplex(a.re - b.re, a.im - b.im)) },
  Mult: { name: "__mul__", rname: "__rmul__", iname: "__imul__", sym: "*", native: numOp(I.intMul, (a, b) => pf(a * b), (a, b) => new PyComplex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re)) },
  Div: { name: "__truediv__", rname: "__rtruediv__", iname: "__itruediv__", sym: "/", native: numOp((a, b) => pf(I.intTrueDiv(a, b)), (a, b) => pf(F.floatDiv(a, b)), F.complexDiv) },
  FloorDiv: { name: "__floordiv__", rname: "__rfloordiv__", iname: "__ifloordiv__", sym: "//", native: numOp(I.intFloorDiv, (a, b) => pf(F.floatFloorDiv(a, b))) },
  Mod: { name: "__mod__", rname: "__rmod__", iname: "__imod__", sym: "%", native: numOp(I.intMod, (a, b) => pf(F.floatMod(a, b))) },
  Pow: { name: "__pow__", rname: "__rpow__", iname: "__ipow__", sym: "** or pow()", native: numOp(F.intPowAny, F.floatPow, F.complexPow) },
  LShift: { name: "__lshift__", rname: "__rlshift__", iname: "__ilshift__", sym: "<<", native: numOp(I.intLshift, () => NotImplemented) },
  RShift: { name: "__rshift__", rname: "__rrshift__", iname: "__irshift__", sym: ">>", native: numOp(I.intRshift, () => NotImplemented) },
  BitAnd: { name: "__and__", rname: "__rand__", iname: "__iand__", sym: "&", native: (a, b) => (typeof a === "boolean" && typeof b === "boolean" ? a && b : numOp(I.intAnd, () => NotImplemented)(a, b)) },
  BitOr: { name: "__or__", rname: "__ror__", iname: "__ior__", sym: "|", native: (a, b) => (typeof a === "boolean" && typeof b === "boolean" ? a || b : numOp(I.intOr, () => NotImplemented)(a, b)) },
  BitXor: { name: "__xor__", rname: "__rxor__", iname: "__ixor__", sym: "^", native: (a, b) => (typeof a === "boolean" && typeof b === "boolean" ? a !== b : numOp(I.intXor, () => NotImplemented)(a, b)) },
  MatMult: { name: "__matmul__", rname: "__rmatmul__", iname: "__imatmul__", sym: "@", native: () => NotImplemented },
};

const isNative = (v: PyValue): boolean => typeof v !== "object" || v === null || !v.$cls.heap;

/** abstract.c binary_op1: a.__op__(b), then b.__rop__(a), the reflected one first
 * when b's type is a proper subclass of a's that overrides it. */
export function binop(a: PyValue, b: PyValue, op: BinOpInfo, inplaceOp = false): PyValue {
  if (isNative(a) && isNative(b)) {
    const r = op.native(a, b);
    if (r !== NotImplemented) return r;
    const ta = typeOf(a), tb = typeOf(b);
    if (op.name === "__add__") {
      const c = seqConcat.get(ta);
      if (c && ta === tb) return c(a, b);
    } else if (op.name === "__mul__") {
      const ia = asInt(a), ib = asInt(b);
      if (ib !== undefined && seqRepeat.has(ta)) return seqRepeat.get(ta)!(a, repeatCount(b, ib));
      if (ia !== undefined && seqRepeat.has(tb)) return seqRepeat.get(tb)!(b, repeatCount(a, ia));
    }
  }
  // list/tuple/str `+` is sq_concat, tried only after the number slots: a Python
  // right operand's __radd__ comes first (abstract.c PyNumber_Add), e.g. [1] + UserList()
  if (op.name === "__add__" && b !== null && typeof b === "object" && b.$cls.heap && seqConcat.has(typeOf(a))) {
    const rr = callSpecial(b, "__radd__", [a]);
    if (rr !== undefined && rr !== NotImplemented) return rr;
  }
  const r = binopSlots(a, b, op);
  if (r !== NotImplemented) return r;
  if (op.name === "__mod__" && typeof a === "string") return strPercent(a, b);
  if (op.name === "__mul__") {
    // abstract.c sequence_repeat: the sequence's operand must be an index
    const ta = typeOf(a), tb = typeOf(b);
    const ma = ta.lookup("__mul__"), mb = tb.lookup("__rmul__");
    const seqA = ma !== undefined && seqSlotMethods.has(ma), seqB = mb !== undefined && seqSlotMethods.has(mb);
    if (seqA && isIndex(b)) return callv(bindDescr(ma!, a), [b], null);
    if (seqB && isIndex(a)) return callv(bindDescr(mb!, b), [a], null);
    if (seqA || seqB) raise("TypeError", `can't multiply sequence by non-int of type '${seqA ? tb.name : ta.name}'`);
    if (seqRepeat.has(ta) && isIndex(b)) return seqRepeat.get(ta)!(a, repeatCount(b, b));
    if (seqRepeat.has(tb) && isIndex(a)) return seqRepeat.get(tb)!(b, repeatCount(a, a));
    if (seqRepeat.has(ta) || seqRepeat.has(tb)) raise("TypeError", `can't multiply sequence by non-int of type '${seqRepeat.has(ta) ? tb.name : ta.name}'`);
  }
  // abstract.c binop_type_error names the augmented operator ("**=") for `x **= y`
  const sym = inplaceOp ? `${op.sym === "** or pow()" ? "**" : op.sym}=` : op.sym;
  return raise("TypeError", `unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}
export let strPercent: (fmt: string, args: PyValue) => PyValue = () => NotImplemented;
export function setStrPercent(f: typeof strPercent): void {
  strPercent = f;
}

/** `self.<method>(arg)` for a method found on self's type: a plain two-parameter
 * Python function is called directly, without a bound method and an argument list
 * (what vectorcall does for slot_nb_* in CPython); anything else binds as usual. */
function callSlot1(f: PyValue, self: PyValue, arg: PyValue): PyValue {
  if (f instanceof PyFunction && f.$fast === 2) return f.$fn(self, arg);
  return callv(bindDescr(blockedCmp(f), self), [arg], null);
}

function binopSlots(a: PyValue, b: PyValue, op: BinOpInfo): PyValue {
  const ta = typeOf(a), tb = typeOf(b);
  // a method set to None is called like any other (slot_nb_*), so it raises
  let fa = ta.lookup(op.name);
  let fb = ta !== tb ? tb.lookup(op.rname) : undefined;
  if (fa !== undefined && seqSlotMethods.has(fa)) fa = undefined;
  if (fb !== undefined && seqSlotMethods.has(fb)) fb = undefined;
  if (fb !== undefined && tb.isSubtypeOf(ta) && fb !== ta.lookup(op.rname)) {
    const r = callSlot1(fb, b, a);
    if (r !== NotImplemented) return r;
    if (fa !== undefined) return callSlot1(fa, a, b);
    return NotImplemented;
  }
  if (fa !== undefined) {
    const r = callSlot1(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) return callSlot1(fb, b, a);
  return NotImplemented;
}

/** Augmented assignment: __iop__ first, then the binary operator. */
export function inplace(a: PyValue, b: PyValue, op: BinOpInfo): PyValue {
  if (typeof a === "object" && a !== null && !(a instanceof PyFloat)) {
    const f = typeOf(a).lookup(op.iname);
    if (f !== undefined) {
      const r = callSlot1(f, a, b);
      if (r !== NotImplemented) return r;
    }
  }
  return binop(a, b, op, true);
}

// fast entry points used by generated code: two small ints, two floats, or a float
// and a small int (a safe integer is exactly a double, so float(int) is the number
// itself), which is what floatobject.c does after converting the int
/** A float that is not a subclass instance: a subclass may override the operator or
 * its reflection, so it takes the slot path (abstract.c binary_op1). */
const exactFloat = (v: PyValue): v is PyFloat => v instanceof PyFloat && v.$cls === FLOAT_TYPE;
const FLOAT_TYPE = T.float;
/** Both operands ints, at least one a bigint: int arithmetic directly, without
 * binop's dispatch (int has no subclass hooks to consult for exact ints; p4_bigint). */
function bigLane(a: PyValue, b: PyValue): boolean {
  return typeof a === "bigint" ? typeof b === "bigint" || typeof b === "number" : typeof b === "bigint" && typeof a === "number";
}
export function add(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return addSlow(a, b);
}
/** the rest of `+`, out of line so that the int path above stays small enough to
 * inline everywhere */
function addSlow(a: PyValue, b: PyValue): PyValue {
  if (bigLane(a, b)) return I.intAdd(a as I.Int, b as I.Int);
  if (typeof a === "number") {
    if (exactFloat(b)) return new PyFloat(a + b.v);
  } else if (exactFloat(a)) {
    if (exactFloat(b)) return new PyFloat(a.v + b.v);
    if (typeof b === "number") return new PyFloat(a.v + b);
  } else if (typeof a === "string" && typeof b === "string") return a + b;
  return binop(a, b, OPS.Add);
}
export function sub(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return subSlow(a, b);
}
/** the rest of `-`, out of line so that the int path above stays small enough to
 * inline everywhere */
function subSlow(a: PyValue, b: PyValue): PyValue {
  if (bigLane(a, b)) return I.intSub(a as I.Int, b as I.Int);
  if (typeof a === "number") {
    if (exactFloat(b)) return new PyFloat(a - b.v);
  } else if (exactFloat(a)) {
    if (exactFloat(b)) return new PyFloat(a.v - b.v);
    if (typeof b === "number") return new PyFloat(a.v - b);
  }
  return binop(a, b, OPS.Sub);
}
export function mul(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r) && r !== 0) return r;
  }
  return mulSlow(a, b);
}
/** the rest of `*`, out of line so that the int path above stays small enough to
 * inline everywhere */
function mulSlow(a: PyValue, b: PyValue): PyValue {
  if (bigLane(a, b)) return I.intMul(a as I.Int, b as I.Int);
  if (typeof a === "number") {
    if (exactFloat(b)) return new PyFloat(a * b.v);
  } else if (exactFloat(a)) {
    if (exactFloat(b)) return new PyFloat(a.v * b.v);
    if (typeof b === "number") return new PyFloat(a.v * b);
  }
  return binop(a, b, OPS.Mult);
}
/** `a / b`: a zero divisor takes the slow path for its ZeroDivisionError */
export function truediv(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number") {
    if (typeof b === "number") {
      if (b !== 0) return new PyFloat(a / b);
    } else if (exactFloat(b) && b.v !== 0) return new PyFloat(a / b.v);
  } else if (exactFloat(a)) {
    if (exactFloat(b)) {
      if (b.v !== 0) return new PyFloat(a.v / b.v);
    } else if (typeof b === "number" && b !== 0) return new PyFloat(a.v / b);
  }
  return binop(a, b, OPS.Div);
}
// augmented assignment: ints and floats have no __iop__, so it is the binary operator;
// with another right operand, inplace() runs it and names `-=` in its TypeError
const numOperand = (b: PyValue): boolean => typeof b === "number" || b instanceof PyFloat || typeof b === "bigint";
export function isub(a: PyValue, b: PyValue): PyValue {
  return (typeof a === "number" || typeof a === "bigint" || a instanceof PyFloat) && numOperand(b) ? sub(a, b) : inplace(a, b, OPS.Sub);
}
export function imul(a: PyValue, b: PyValue): PyValue {
  if (bigLane(a, b)) return I.intMul(a as I.Int, b as I.Int); // int has no __imul__
  return typeof a === "number" || a instanceof PyFloat ? mul(a, b) : inplace(a, b, OPS.Mult);
}
export function itruediv(a: PyValue, b: PyValue): PyValue {
  return (typeof a === "number" || a instanceof PyFloat) && numOperand(b) ? truediv(a, b) : inplace(a, b, OPS.Div);
}
export function bitand(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a & b;
  return binop(a, b, OPS.BitAnd);
}
export function bitor(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a | b;
  return binop(a, b, OPS.BitOr);
}
export function bitxor(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b) return a ^ b;
  return binop(a, b, OPS.BitXor);
}
export function mod(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    if (b > 0 && a >= 0) return a % b;
    if (b !== 0) return intModSigned(a, b);
  }
  // str % args: str's nb_remainder (unicode_mod) answers for any right operand except
  // an instance of a class, which may be a str subclass with its own __rmod__
  if (typeof a === "string" && (b === null || typeof b !== "object" || !b.$cls.heap)) return strPercent(a, b);
  if (bigLane(a, b)) return I.intMod(a as I.Int, b as I.Int);
  return binop(a, b, OPS.Mod);
}
/** `a % b` of two safe ints, b not 0, some negative: the result takes b's sign
 * (long_mod), never -0 */
function intModSigned(a: number, b: number): number {
  const r = a % b;
  return r === 0 ? 0 : r < 0 !== b < 0 ? r + b : r;
}
export function floordiv(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && b > 0 && a >= 0) return Math.floor(a / b);
  if (bigLane(a, b)) return I.intFloorDiv(a as I.Int, b as I.Int);
  return binop(a, b, OPS.FloorDiv);
}

// ---- unary ----
export function neg(v: PyValue): PyValue {
  const i = v instanceof PyIntSub ? undefined : asInt(v);
  if (i !== undefined) return I.intNeg(i);
  if (v instanceof PyFloat) return pf(-v.v);
  if (v instanceof PyComplex) return new PyComplex(-v.re, -v.im);
  const r = callSpecial(v, "__neg__", []);
  if (r === undefined) raise("TypeError", `bad operand type for unary -: '${typeName(v)}'`);
  return r;
}
export function pos(v: PyValue): PyValue {
  const i = v instanceof PyIntSub ? undefined : asInt(v);
  if (i !== undefined) return i;
  if ((v instanceof PyFloat && v.$cls === T.float) || (v instanceof PyComplex && v.$cls === T.complex)) return v;
  const r = callSpecial(v, "__pos__", []);
  if (r === undefined) raise("TypeError", `bad operand type for unary +: '${typeName(v)}'`);
  return r;
}
export function invert(v: PyValue): PyValue {
  const i = v instanceof PyIntSub ? undefined : asInt(v);
  if (i !== undefined) return I.intInvert(i);
  const r = callSpecial(v, "__invert__", []);
  if (r === undefined) raise("TypeError", `bad operand type for unary ~: '${typeName(v)}'`);
  return r;
}

// ---- comparison ----
export type CmpOp = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE";
const CMP_NAME: Record<CmpOp, string> = { Eq: "__eq__", NotEq: "__ne__", Lt: "__lt__", LtE: "__le__", Gt: "__gt__", GtE: "__ge__" };
const CMP_SWAP: Record<CmpOp, CmpOp> = { Eq: "Eq", NotEq: "NotEq", Lt: "Gt", LtE: "GtE", Gt: "Lt", GtE: "LtE" };
const CMP_SYM: Record<CmpOp, string> = { Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=" };

function jsCmp(a: number | bigint | string, b: number | bigint | string, op: CmpOp): boolean {
  switch (op) {
    case "Eq": return a == b;
    case "NotEq": return a != b;
    case "Lt": return a < b;
    case "LtE": return a <= b;
    case "Gt": return a > b;
    case "GtE": return a >= b;
  }
}

/** Comparison of built-in scalars; NotImplemented when it does not apply. */
export function nativeCompare(a: PyValue, b: PyValue, op: CmpOp): PyValue {
  if (typeof a === "string") {
    if (typeof b !== "string") return NotImplemented;
    // strs order by code point (unicode_compare), not by UTF-16 unit as JS's `<` does
    return op === "Eq" ? a === b : op === "NotEq" ? a !== b : jsCmp(strCompare(a, b), 0, op);
  }
  const ia = asInt(a) ?? (a instanceof PyFloat ? a.v : undefined);
  if (ia !== undefined) {
    const ib = asInt(b) ?? (b instanceof PyFloat ? b.v : undefined);
    if (ib === undefined) {
      if (b instanceof PyComplex && (op === "Eq" || op === "NotEq")) return (b.im === 0 && b.re == ia) === (op === "Eq");
      return NotImplemented;
    }
    if ((typeof ia === "number" && ia !== ia) || (typeof ib === "number" && ib !== ib)) return op === "NotEq";
    return jsCmp(ia, ib, op);
  }
  if (a instanceof PyComplex && (op === "Eq" || op === "NotEq")) {
    // complex == int compares exactly (complex_richcompare), no float conversion
    const ib = asInt(b);
    if (ib !== undefined) return (a.im === 0 && a.re == ib) === (op === "Eq");
    const c = toComplex(b);
    if (!c) return NotImplemented;
    return (a.re === c.re && a.im === c.im) === (op === "Eq");
  }
  return NotImplemented;
}

/** Lexicographic comparison of two sequences (list_richcompare). */
export function seqCompare(a: PyValue[], b: PyValue[], op: CmpOp): PyValue {
  if ((op === "Eq" || op === "NotEq") && a.length !== b.length) return op === "NotEq";
  let i = 0;
  for (; i < a.length && i < b.length; i++) if (!pyEqBool(a[i], b[i])) break;
  if (i >= a.length || i >= b.length) {
    const la = a.length, lb = b.length;
    switch (op) {
      case "Eq": return la === lb;
      case "NotEq": return la !== lb;
      case "Lt": return la < lb;
      case "LtE": return la <= lb;
      case "Gt": return la > lb;
      case "GtE": return la >= lb;
    }
  }
  if (op === "Eq") return false;
  if (op === "NotEq") return true;
  return richCompare(a[i], b[i], op);
}

/** object.c do_richcompare. */
export function richCompare(a: PyValue, b: PyValue, op: CmpOp): PyValue {
  // exact tuples and lists compare without a method call (the same rule as their
  // __lt__ etc.; a subclass may override them, so only the exact types)
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const t = a.$cls;
    if ((t === T.tuple || t === T.list) && b.$cls === t) return seqCompare((a as PyObject & { a: PyValue[] }).a, (b as PyObject & { a: PyValue[] }).a, op);
  }
  if (isNative(a) && isNative(b)) {
    const r = nativeCompare(a, b, op);
    if (r !== NotImplemented) return r;
  }
  const ta = typeOf(a), tb = typeOf(b);
  const swapped = CMP_SWAP[op];
  let checkedReflected = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const fb = tb.lookup(CMP_NAME[swapped]);
    if (fb !== undefined && fb !== ta.lookup(CMP_NAME[swapped])) {
      checkedReflected = true;
      const r = callCmp(blockedCmp(fb), b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const fa = ta.lookup(CMP_NAME[op]);
  if (fa !== undefined) {
    const r = callCmp(blockedCmp(fa), a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReflected) {
    const fb = tb.lookup(CMP_NAME[swapped]);
    if (fb !== undefined) {
      blockedCmp(fb);
      const r = callCmp(fb, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === "Eq") return a === b;
  if (op === "NotEq") return a !== b;
  return raise("TypeError", `'${CMP_SYM[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** self.__op__(other); a descriptor that fails to produce the method counts as
 * not implemented (typeobject.c slot_tp_richcompare clears the lookup's error). */
function callCmp(f: PyValue, self: PyValue, other: PyValue): PyValue {
  if (f instanceof PyFunction && f.$fast === 2) return f.$fn(self, other);
  let m: PyValue;
  try {
    m = bindDescr(f, self);
  } catch (e) {
    if (e instanceof PyObject) return NotImplemented;
    throw e;
  }
  return callv(m, [other], null);
}

/** A comparison method set to None blocks the operation: slot_tp_richcompare calls
 * it, and None is not callable. */
function blockedCmp(f: PyValue): PyValue {
  if (f === null) raise("TypeError", "'NoneType' object is not callable");
  return f;
}

export function pyEq(a: PyValue, b: PyValue): PyValue {
  if (a === b && typeof a !== "object") return true;
  if (typeof a === "string" && typeof b === "string") return false;
  if (typeof a === "number" && typeof b === "number") return false;
  return richCompare(a, b, "Eq");
}
/** == for containers: identity first, as PyObject_RichCompareBool does. */
export function pyEqBool(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  return truthy(pyEq(a, b));
}
export function lt(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.v < b.v;
  return richCompare(a, b, "Lt");
}
export function le(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.v <= b.v;
  return richCompare(a, b, "LtE");
}
export function gt(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") return a > b;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.v > b.v;
  return richCompare(a, b, "Gt");
}
export function ge(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.v >= b.v;
  return richCompare(a, b, "GtE");
}
export function eq(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") return a === b;
  if (typeof a === "string" && typeof b === "string") return a === b;
  return richCompare(a, b, "Eq");
}
export function ne(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number") return a !== b;
  if (typeof a === "string" && typeof b === "string") return a !== b;
  return richCompare(a, b, "NotEq");
}
export function is(a: PyValue, b: PyValue): boolean {
  if (a instanceof PyFloat && b instanceof PyFloat) return a === b;
  return a === b;
}

// `in` (PySequence_Contains): __contains__, else iterate
export let contains: (container: PyValue, item: PyValue) => boolean = () => false;
export function setContains(f: typeof contains): void {
  contains = f;
}

export { PyInstance, PySingleton };
