// The str type: methods wired to the text helpers (src/runtime/text/), indexing by
// code point, comparisons, formatting entry points.
import { PyObject, PyStrSub, PyIntSub, type PyValue } from "./object.js";
import { T, NotImplemented } from "./types.js";
import { raise } from "./raise.js";
import { PyList, PySlice, PyTuple, tuple } from "./containers.js";
import { PyDict } from "./dict.js";
import { method, kwmethod, kwPosMethod } from "./descriptors.js";
import { asStr, typeOf, pyRepr, pyStr, strObject, truthy, typeName, indexValue, seqConcat, seqRepeat, repeatCount, seqSlotMethods, isIndex, strHash, callSpecial, nativeCompare, type CmpOp } from "./ops.js";
import { toArray, getIter } from "./iter.js";
import { ctors } from "./klass.js";
import { checkIndexType, sliceIndices, ssizeIndex } from "./sequence.js";
import * as CP from "./text/codepoints.js";
import * as SS from "./text/str-search.js";
import * as SC from "./text/str-case.js";
import * as SL from "./text/str-layout.js";
import { formatSpec } from "./format.js";
import { strFormat, strFormatMap } from "./str-format.js";
import { strFormatFast, strFormatFast3 } from "./str-format-plan.js";
import { callv } from "./call.js";
import { encode as codecEncode, decode as codecDecode } from "./codecs.js";

// self and str arguments may be instances of a str subclass (PyStrSub): read their value
const S = (v: PyValue): string => {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSub) return v.sv;
  if (typeof v !== "string") raise("TypeError", `descriptor requires a 'str' object but received a '${typeName(v)}'`);
  return v;
};
function argStr(v: PyValue | undefined, what: string): string {
  const s = v === undefined ? undefined : asStr(v);
  // a `what` that is already the whole requirement ("must be str or None") is not repeated
  if (s === undefined) return raise("TypeError", `${what.startsWith("must be") ? what : what + " must be str"}, not ${typeName(v ?? null)}`);
  return s;
}
const optIdx = (v: PyValue | undefined): CP.OptIndex => {
  if (v === undefined || v === null) return v as null | undefined;
  if (typeof v === "number" || typeof v === "bigint") return v;
  // _PyEval_SliceIndex's message for start/end arguments
  if (typeof v !== "boolean" && (typeof v !== "object" || typeOf(v).lookup("__index__") == null)) raise("TypeError", "slice indices must be integers or None or have an __index__ method");
  return indexValue(v);
};
const optStr = (v: PyValue | undefined): string | null => (v === undefined || v === null ? null : argStr(v, "argument"));
type AffixTest = (s: string, affix: string | readonly string[], start: CP.OptIndex, end: CP.OptIndex) => boolean;
/** str.startswith/endswith (unicodeobject.c unicode_startswith): start and end are
 * converted first; a tuple's items are tried in order, each checked to be a str only
 * when its turn comes, so a match before a bad item answers True. */
function affixMatch(what: string, test: AffixTest, s: string, v: PyValue, a: PyValue | undefined, b: PyValue | undefined): boolean {
  const start = optIdx(a), end = optIdx(b);
  if (typeof v === "string") return test(s, v, start, end);
  if (v instanceof PyStrSub) return test(s, v.sv, start, end);
  if (!(v instanceof PyTuple)) return raise("TypeError", `${what} first arg must be str or a tuple of str, not ${typeName(v)}`);
  for (const x of v.a) {
    const t = asStr(x);
    if (t === undefined) raise("TypeError", `tuple for ${what} must only contain str, not ${typeName(x)}`);
    if (test(s, t, start, end)) return true;
  }
  return false;
}

export function strGetitem(s: string, i: PyValue): PyValue {
  if (typeof i === "number") {
    if (CP.isSimple(s)) {
      const n = i < 0 ? i + s.length : i;
      if (n >= 0 && n < s.length) return s[n];
      return raise("IndexError", "string index out of range");
    }
    return CP.pyIndex(s, i);
  }
  if (i instanceof PySlice) {
    const len = CP.cpLength(s);
    const [start, stop, step] = sliceIndices(i, len);
    return CP.cpSlice(s, start, stop, step);
  }
  // unicode_subscript's own wording (lists say "integers or slices, not str")
  if (!(typeof i === "number" || typeof i === "boolean" || typeof i === "bigint" || (i !== null && typeof i === "object" && i.$cls.lookup("__index__") != null)))
    raise("TypeError", `string indices must be integers, not '${typeName(i)}'`);
  return CP.pyIndex(s, ssizeIndex(i));
}

seqConcat.set(T.str, (a, b) => (a as string) + (b as string));
seqRepeat.set(T.str, (a, n) => {
  const s = a as string;
  if (n <= 0) return "";
  if (s.length * n > 0x1fffffe8) {
    // unicode_repeat: OverflowError past PY_SSIZE_T_MAX characters, else the
    // allocation fails (here: past V8's string limit)
    const len = CP.cpLength(s);
    if (len > 1 && BigInt(len) * BigInt(n) > 0x7fffffffffffffffn) raise("OverflowError", "repeated string is too long");
    raise("MemoryError", "");
  }
  return s.repeat(n);
});

const st = T.str;
/** find/index/count/startswith...(sub[, start[, end]]): parsed with PyArg_ParseTuple in
 * unicodeobject.c, hence its "find() takes at most 3 arguments (4 given)" messages. */
function searchMethod(name: string, f: (s: PyValue, sub: PyValue, a?: PyValue, b?: PyValue) => PyValue): void {
  // `arguments.length` rather than a rest array: no allocation per `s.find(x)`
  method(st, name, 0, Infinity, function (s: PyValue, sub?: PyValue, a?: PyValue, b?: PyValue): PyValue {
    const given = arguments.length - 1;
    if (given > 3) raise("TypeError", `${name}() takes at most 3 arguments (${given} given)`);
    if (given < 1) raise("TypeError", `${name}() takes at least 1 argument (0 given)`);
    return f(s, sub!, a, b);
  });
}
method(st, "__repr__", 0, 0, (s) => pyRepr(S(s)));
method(st, "__str__", 0, 0, (s) => S(s));
method(st, "__len__", 0, 0, (s) => CP.cpLength(S(s)));
method(st, "__hash__", 0, 0, (s) => strHash(S(s)));
method(st, "__iter__", 0, 0, (s) => getIter(S(s)));
method(st, "__getitem__", 1, 1, (s, i) => strGetitem(S(s), i));
method(st, "__contains__", 1, 1, (s, v) => {
  const x = asStr(v);
  if (x === undefined) return raise("TypeError", `'in <string>' requires string as left operand, not ${typeName(v)}`);
  return SS.strContains(S(s), x);
});
method(st, "__add__", 1, 1, (s, o) => {
  const x = asStr(o);
  if (x === undefined) return raise("TypeError", `can only concatenate str (not "${typeName(o)}") to str`);
  return S(s) + x;
});
// sq_repeat's wrapper: a non-index raises here, but `*` skips these methods and tries
// the other operand's __rmul__ first (ops.ts seqSlotMethods)
seqSlotMethods.add(method(st, "__mul__", 1, 1, (s, n) => seqRepeat.get(T.str)!(S(s), repeatCount(n, n))));
seqSlotMethods.add(method(st, "__rmul__", 1, 1, (s, n) => seqRepeat.get(T.str)!(S(s), repeatCount(n, n))));
method(st, "__mod__", 1, 1, (s, a) => strPercentHook(S(s), a));
for (const [name, op] of [["__eq__", "Eq"], ["__ne__", "NotEq"], ["__lt__", "Lt"], ["__le__", "LtE"], ["__gt__", "Gt"], ["__ge__", "GtE"]] as const) {
  method(st, name, 1, 1, (s, o) => {
    const x = asStr(o);
    return x !== undefined ? nativeCompare(S(s), x, op as CmpOp) : NotImplemented;
  });
}
// unicode___format__: an empty spec is str(self), which a subclass may override
method(st, "__format__", 1, 1, (s, spec) => (spec === "" && typeof s !== "string" ? pyStr(s) : formatSpec(S(s), argStr(spec, "format spec"), typeof s === "string" ? undefined : typeName(s))));
export let strPercentHook: (s: string, a: PyValue) => PyValue = () => NotImplemented;
export function setStrPercentHook(f: typeof strPercentHook): void {
  strPercentHook = f;
}

method(st, "lower", 0, 0, (s) => SC.strLower(S(s)));
method(st, "upper", 0, 0, (s) => SC.strUpper(S(s)));
method(st, "casefold", 0, 0, (s) => SC.strCasefold(S(s)));
method(st, "swapcase", 0, 0, (s) => SC.strSwapcase(S(s)));
method(st, "capitalize", 0, 0, (s) => SC.strCapitalize(S(s)));
method(st, "title", 0, 0, (s) => SC.strTitle(S(s)));
for (const [name, f] of [["isalpha", SC.strIsalpha], ["isdecimal", SC.strIsdecimal], ["isdigit", SC.strIsdigit], ["isnumeric", SC.strIsnumeric], ["isalnum", SC.strIsalnum], ["isspace", SC.strIsspace], ["isprintable", SC.strIsprintable], ["isascii", SC.strIsascii], ["islower", SC.strIslower], ["isupper", SC.strIsupper], ["istitle", SC.strIstitle], ["isidentifier", SC.strIsidentifier]] as const) {
  method(st, name, 0, 0, (s) => f(S(s)));
}
method(st, "center", 1, 2, (s, w, f) => SL.strCenter(S(s), indexValue(w!, true), f === undefined ? " " : argStr(f, "The fill character")));
method(st, "ljust", 1, 2, (s, w, f) => SL.strLjust(S(s), indexValue(w!, true), f === undefined ? " " : argStr(f, "The fill character")));
method(st, "rjust", 1, 2, (s, w, f) => SL.strRjust(S(s), indexValue(w!, true), f === undefined ? " " : argStr(f, "The fill character")));
method(st, "zfill", 1, 1, (s, w) => SL.strZfill(S(s), indexValue(w, true)));
kwmethod(st, "expandtabs", (args, kw) => {
  const nkw = kw?.size ?? 0;
  if (args.length - 1 + nkw > 1) raise("TypeError", nkw > 1 ? `expandtabs() takes at most 1 keyword argument (${nkw} given)` : `expandtabs() takes at most 1 argument (${args.length - 1 + nkw} given)`);
  if (nkw === 1 && !kw!.has("tabsize")) raise("TypeError", `expandtabs() got an unexpected keyword argument '${[...kw!.keys()][0]}'`);
  const n = args.length > 1 ? args[1] : kw?.get("tabsize");
  return SL.strExpandtabs(S(args[0]), n === undefined ? 8 : indexValue(n, true));
});
method(st, "strip", 0, 1, (s, c) => SL.strStrip(S(s), optStr(c)));
method(st, "lstrip", 0, 1, (s, c) => SL.strLstrip(S(s), optStr(c)));
method(st, "rstrip", 0, 1, (s, c) => SL.strRstrip(S(s), optStr(c)));
method(st, "join", 1, 1, (s, it) => {
  // an exact list or tuple of exact strs: joined from its own array, no copy (no Python
  // code can run meanwhile); anything else (str subclasses included) below
  if ((it instanceof PyList || it instanceof PyTuple) && !it.$cls.heap) {
    const a = it.a;
    let k = 0;
    while (k < a.length && typeof a[k] === "string") k++;
    if (k === a.length) return SL.strJoin(S(s), a as string[]);
  }
  const t = typeOf(it);
  if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null && typeof it !== "string") raise("TypeError", "can only join an iterable");
  const items = toArray(it).map((x, i) => asStr(x) ?? raise("TypeError", SL.joinItemError(i, typeName(x))));
  return SL.strJoin(S(s), items);
});
searchMethod("find", (s, sub, a, b) => SS.strFind(S(s), argStr(sub, "must be str"), optIdx(a), optIdx(b)));
searchMethod("rfind", (s, sub, a, b) => SS.strRfind(S(s), argStr(sub, "must be str"), optIdx(a), optIdx(b)));
searchMethod("index", (s, sub, a, b) => SS.strIndex(S(s), argStr(sub, "must be str"), optIdx(a), optIdx(b)));
searchMethod("rindex", (s, sub, a, b) => SS.strRindex(S(s), argStr(sub, "must be str"), optIdx(a), optIdx(b)));
searchMethod("count", (s, sub, a, b) => SS.strCount(S(s), argStr(sub, "must be str"), optIdx(a), optIdx(b)));
searchMethod("startswith", (s, p, a, b) => affixMatch("startswith", SS.strStartswith, S(s), p, a, b));
searchMethod("endswith", (s, p, a, b) => affixMatch("endswith", SS.strEndswith, S(s), p, a, b));
method(st, "replace", 2, 3, (s, o, n, c) => SS.strReplace(S(s), argStr(o, "replace() argument 1"), argStr(n, "replace() argument 2"), c === undefined ? -1 : (c as number)));
method(st, "removeprefix", 1, 1, (s, p) => SS.strRemoveprefix(S(s), argStr(p, "removeprefix() argument")));
method(st, "removesuffix", 1, 1, (s, p) => SS.strRemovesuffix(S(s), argStr(p, "removesuffix() argument")));
method(st, "partition", 1, 1, (s, p) => tuple(SS.strPartition(S(s), argStr(p, "must be str"))));
method(st, "rpartition", 1, 1, (s, p) => tuple(SS.strRpartition(S(s), argStr(p, "must be str"))));
const splitArgs = (args: PyValue[], kw: Map<string, PyValue> | null, name = "split"): [string, string | null, number] => {
  const s = S(args[0]);
  // argument clinic's checks for (sep=None, maxsplit=-1)
  const given = args.length - 1 + (kw?.size ?? 0);
  if (given > 2) raise("TypeError", `${name}() takes at most 2 arguments (${given} given)`);
  if (kw !== null) {
    for (const k of kw.keys()) {
      const at = k === "sep" ? 1 : k === "maxsplit" ? 2 : 0;
      if (at === 0) raise("TypeError", `'${k}' is an invalid keyword argument for ${name}()`);
      if (at < args.length) raise("TypeError", `argument for ${name}() given by name ('${k}') and position (${at})`);
    }
  }
  const sep = args.length > 1 ? args[1] : kw?.get("sep") ?? null;
  const max = args.length > 2 ? args[2] : kw?.get("maxsplit") ?? -1;
  return [s, sep === null ? null : argStr(sep, "must be str or None"), indexValue(max, true)];
};
const strSplitKw = (args: PyValue[], kw: Map<string, PyValue> | null): PyValue => new PyList(SS.strSplit(...splitArgs(args, kw)));
// s.split(sep) of an exact str by a str: no args array, argument triple or spread call
kwPosMethod(st, "split", 2, (s: PyValue, sep?: PyValue, max?: PyValue) =>
  max === undefined && typeof s === "string" && typeof sep === "string" ? new PyList(SS.strSplit(s, sep)) : strSplitKw(sep === undefined ? [s] : max === undefined ? [s, sep] : [s, sep, max], null),
  strSplitKw);
kwmethod(st, "rsplit", (args, kw) => new PyList(SS.strRsplit(...splitArgs(args, kw, "rsplit"))));
kwmethod(st, "splitlines", (args, kw) => {
  const n = args.length - 1 + (kw?.size ?? 0);
  if (n > 1) raise("TypeError", `splitlines() takes at most 1 argument (${n} given)`);
  if (kw !== null && kw.size === 1 && !kw.has("keepends")) raise("TypeError", `splitlines() got an unexpected keyword argument '${[...kw.keys()][0]}'`);
  return new PyList(SS.strSplitlines(S(args[0]), truthy(args[1] ?? kw?.get("keepends") ?? false)));
});
const strFormatKw = (args: PyValue[], kw: Map<string, PyValue> | null): PyValue => strFormatFast(S(args[0]), args, 1) ?? strFormat(S(args[0]), args.slice(1), kw);
// fmt.format(a, b, c) with up to three positional arguments: the plan reads them
// without an args array; an absent one is undefined
kwPosMethod(st, "format", 3, (s: PyValue, a?: PyValue, b?: PyValue, c?: PyValue) => {
  const n = a === undefined ? 0 : b === undefined ? 1 : c === undefined ? 2 : 3;
  return strFormatFast3(S(s), n, a, b, c) ?? strFormatKw(n === 0 ? [s] : n === 1 ? [s, a!] : n === 2 ? [s, a!, b!] : [s, a!, b!, c!], null);
}, strFormatKw);
method(st, "format_map", 1, 1, (s, m) => strFormatMap(S(s), m));
kwmethod(st, "encode", (args, kw) => makeBytes(codecEncode(S(args[0]), strArg("encode", "encoding", args[1] ?? kw?.get("encoding") ?? "utf-8"), strArg("encode", "errors", args[2] ?? kw?.get("errors") ?? "strict"))));
/** An encoding/errors argument: a str (subclass) or CPython's argument-clinic TypeError. */
function strArg(fn: string, name: string, v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSub) return asStr(v) as string;
  raise("TypeError", `${fn}() argument '${name}' must be str, not ${typeName(v)}`);
}
method(st, "translate", 1, 1, (s, table) =>
  SL.strTranslate(S(s), (cp) => {
    try {
      const r = callSpecial(table, "__getitem__", [cp]);
      return r as string | number | null;
    } catch (e) {
      if (e instanceof PyObject && e.$cls.name === "KeyError") return undefined;
      if (e instanceof PyObject && e.$cls.name === "LookupError") return undefined;
      throw e;
    }
  }),
);
const maketrans = (x: PyValue, y?: PyValue, z?: PyValue): PyValue => {
  const d = new PyDict();
  if (y === undefined) {
    if (!(x instanceof PyDict)) raise("TypeError", "if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x.entries()) {
      const ks = asStr(k);
      if (ks !== undefined) {
        if (CP.cpLength(ks) !== 1) raise("ValueError", "string keys in translate table must be of length 1");
        d.set(ks.codePointAt(0)!, v);
      } else if (typeof k === "number" || typeof k === "bigint" || typeof k === "boolean" || k instanceof PyIntSub) d.set(k, v);
      else raise("TypeError", "keys in translate table must be strings or integers");
    }
    return d;
  }
  for (const [k, v] of SL.strMaketrans(argStr(x, "maketrans() argument 1"), argStr(y, "maketrans() argument 2"), z === undefined ? "" : argStr(z, "maketrans() argument 3"))) d.set(k, v);
  return d;
};
import { PyStaticMethod } from "./property.js";
import { PyType } from "./type.js";
import { PyBuiltin } from "./function.js";
import { classMethod, staticMethod } from "./descriptors.js";
staticMethod(st, "maketrans", 1, 3, maketrans);

// str.__new__(cls, object='', encoding, errors) for subclasses (unicodeobject.c
// unicode_subtype_new): the instance is a PyStrSub holding the plain string.
function strNew(a: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  const cls = a[0];
  if (!(cls instanceof PyType)) return raise("TypeError", `str.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtypeOf(st)) raise("TypeError", `str.__new__(${cls.name}): ${cls.name} is not a subtype of str`);
  const kwnames = kw && kw.size ? [...kw.keys()] : null;
  const args = kw ? [...a.slice(1), ...kw.values()] : a.slice(1);
  const raw = ctors.get(st)!(args, kwnames);
  if (cls === st) return raw;
  // str(x) may be a str subclass instance (x.__str__ returned one): keep its value
  return new PyStrSub(cls, asStr(raw) as string, cls.instDict ? new PyDict() : null);
}
st.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => strNew(a, null), 1, Infinity, strNew, undefined, "str.__new__")));
st.alloc = (cls) => new PyStrSub(cls, "", cls.instDict ? new PyDict() : null);

export let makeBytes: (b: Uint8Array) => PyValue = () => null;
export function setMakeBytes(f: typeof makeBytes): void {
  makeBytes = f;
}

/** The keyword argument `name` of a ctor call (values after the positional ones). */
const kwArg = (args: PyValue[], npos: number, kwnames: readonly string[] | null, name: string): PyValue | undefined => {
  const k = kwnames?.indexOf(name) ?? -1;
  return k >= 0 ? args[npos + k] : undefined;
};
/** str(x) and str(b, encoding) */
ctors.set(st, (args, kwnames) => {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos === 0 && !kwnames) return "";
  if (npos === 1 && !kwnames) return strObject(args[0]);
  // str(encoding=..., errors=...) with no object is '' (unicode_new_impl)
  if (npos === 0) {
    const bad = kwnames!.find((k) => k !== "object" && k !== "encoding" && k !== "errors");
    if (bad !== undefined) raise("TypeError", `'${bad}' is an invalid keyword argument for str()`);
    if (!kwnames!.includes("object")) return "";
  }
  const v = npos === 0 ? args[kwnames!.indexOf("object")] : args[0];
  // a memoryview decodes as the bytes it shows (PyUnicode_FromEncodedObject's buffer path)
  const buf = v instanceof PyObject && v.$cls.name === "memoryview" && typeof (v as { view?: unknown }).view === "function" ? (v as unknown as { view(): Uint8Array }).view() : null;
  if (buf !== null) return codecDecode(buf, strArg("str", "encoding", (npos > 1 ? args[1] : kwArg(args, npos, kwnames, "encoding")) ?? "utf-8"), strArg("str", "errors", (npos > 2 ? args[2] : kwArg(args, npos, kwnames, "errors")) ?? "strict"));
  if (v !== null && typeof v === "object" && "b" in v) {
    // str(b, encoding, errors): the arguments by position or keyword (unicode_new_impl)
    const named = (n: string): PyValue | undefined => {
      const k = kwnames?.indexOf(n) ?? -1;
      return k >= 0 ? args[npos + k] : undefined;
    };
    const enc = strArg("str", "encoding", (npos > 1 ? args[1] : named("encoding")) ?? "utf-8");
    const errs = strArg("str", "errors", (npos > 2 ? args[2] : named("errors")) ?? "strict");
    return codecDecode((v as unknown as { b: Uint8Array }).b, enc, errs);
  }
  // unicode_new_impl -> PyUnicode_FromEncodedObject: only bytes-like objects decode
  const codecGiven = npos > 1 || kwnames?.some((k) => k === "encoding" || k === "errors");
  if (!codecGiven) return pyStr(v);
  if (typeof v === "string" || v instanceof PyStrSub) raise("TypeError", "decoding str is not supported");
  raise("TypeError", `decoding to str: need a bytes-like object, ${typeName(v)} found`);
});

export { callv };
