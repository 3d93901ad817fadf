// The str type: methods wired to the text helpers (src/runtime/text/), indexing by
// code point, comparisons, formatting entry points.
import { PyObject, PyStrSub, type PyValue } from "./object.js";
import { T, NotImplemented } from "./types.js";
import { raise } from "./raise.js";
import { PyList, PySlice, PyTuple, tuple } from "./containers.js";
import { PyDict } from "./dict.js";
import { method, kwmethod } from "./descriptors.js";
import { asStr, typeOf, pyRepr, pyStr, typeName, indexValue, seqConcat, seqRepeat, isIndex, strHash, callSpecial, nativeCompare, type CmpOp } from "./ops.js";
import { toArray, getIter } from "./iter.js";
import { ctors } from "./klass.js";
import { checkIndexType, sliceIndices } from "./sequence.js";
import * as CP from "./text/codepoints.js";
import * as SS from "./text/str-search.js";
import * as SC from "./text/str-case.js";
import * as SL from "./text/str-layout.js";
import { formatSpec } from "./format.js";
import { strFormat, strFormatMap } from "./str-format.js";
import { callv } from "./call.js";
import { encode as codecEncode } from "./codecs.js";

// self and str arguments may be instances of a str subclass (PyStrSub): read their value
const S = (v: PyValue): string => {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSub) return v.sv;
  if (typeof v !== "string") raise("TypeError", `descriptor requires a 'str' object but received a '${typeName(v)}'`);
  return v;
};
function argStr(v: PyValue | undefined, what: string): string {
  const s = v === undefined ? undefined : asStr(v);
  if (s === undefined) return raise("TypeError", `${what} must be str, not ${typeName(v ?? null)}`);
  return s;
}
const optIdx = (v: PyValue | undefined): CP.OptIndex => {
  if (v === undefined || v === null) return v as null | undefined;
  if (typeof v === "number" || typeof v === "bigint") return v;
  return indexValue(v);
};
const optStr = (v: PyValue | undefined): string | null => (v === undefined || v === null ? null : argStr(v, "argument"));
function prefixes(v: PyValue, what: string): string | string[] {
  if (typeof v === "string") return v;
  if (v instanceof PyStrSub) return v.sv;
  if (v instanceof PyTuple) return v.a.map((x) => argStr(x, "tuple for " + what + " must only contain str, not " + typeName(x) + " --"));
  return raise("TypeError", `${what} first arg must be str or a tuple of str, not ${typeName(v)}`);
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
  checkIndexType(i, "string");
  return CP.pyIndex(s, indexValue(i, true));
}

seqConcat.set(T.str, (a, b) => (a as string) + (b as string));
seqRepeat.set(T.str, (a, n) => {
  const s = a as string;
  if (n <= 0) return "";
  if (s.length * n > 0x1fffffe8) raise("OverflowError", "repeated string is too long");
  return s.repeat(n);
});

const st = T.str;
method(st, "__repr__", 0, 0, (s) => pyRepr(S(s)));
method(st, "__str__", 0, 0, (s) => S(s));
method(st, "__len__", 0, 0, (s) => CP.cpLength(S(s)));
method(st, "__hash__", 0, 0, (s) => strHash(S(s)));
method(st, "__iter__", 0, 0, (s) => getIter(S(s)));
method(st, "__getitem__", 1, 1, (s, i) => strGetitem(S(s), i));
method(st, "__contains__", 1, 1, (s, v) => {
  const x = asStr(v);
  if (x === undefined) return raise("TypeError", `'in <string>' requires string as left operand, not ${typeName(v)}`);
  return S(s).includes(x);
});
method(st, "__add__", 1, 1, (s, o) => {
  const x = asStr(o);
  if (x === undefined) return raise("TypeError", `can only concatenate str (not "${typeName(o)}") to str`);
  return S(s) + x;
});
method(st, "__mul__", 1, 1, (s, n) => (isIndex(n) ? seqRepeat.get(T.str)!(S(s), indexValue(n, true)) : NotImplemented));
method(st, "__rmul__", 1, 1, (s, n) => (isIndex(n) ? seqRepeat.get(T.str)!(S(s), indexValue(n, true)) : NotImplemented));
method(st, "__mod__", 1, 1, (s, a) => strPercentHook(S(s), a));
for (const [name, op] of [["__eq__", "Eq"], ["__ne__", "NotEq"], ["__lt__", "Lt"], ["__le__", "LtE"], ["__gt__", "Gt"], ["__ge__", "GtE"]] as const) {
  method(st, name, 1, 1, (s, o) => {
    const x = asStr(o);
    return x !== undefined ? nativeCompare(S(s), x, op as CmpOp) : NotImplemented;
  });
}
method(st, "__format__", 1, 1, (s, spec) => formatSpec(S(s), argStr(spec, "format spec")));
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
method(st, "expandtabs", 0, 1, (s, n) => SL.strExpandtabs(S(s), n === undefined ? 8 : indexValue(n, true)));
method(st, "strip", 0, 1, (s, c) => SL.strStrip(S(s), optStr(c)));
method(st, "lstrip", 0, 1, (s, c) => SL.strLstrip(S(s), optStr(c)));
method(st, "rstrip", 0, 1, (s, c) => SL.strRstrip(S(s), optStr(c)));
method(st, "join", 1, 1, (s, it) => {
  const t = typeOf(it);
  if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null && typeof it !== "string") raise("TypeError", "can only join an iterable");
  const items = toArray(it).map((x, i) => asStr(x) ?? raise("TypeError", SL.joinItemError(i, typeName(x))));
  return SL.strJoin(S(s), items);
});
method(st, "find", 1, 3, (s, sub, a, b) => SS.strFind(S(s), argStr(sub, "must be str"), optIdx(a), optIdx(b)));
method(st, "rfind", 1, 3, (s, sub, a, b) => SS.strRfind(S(s), argStr(sub, "must be str"), optIdx(a), optIdx(b)));
method(st, "index", 1, 3, (s, sub, a, b) => SS.strIndex(S(s), argStr(sub, "must be str"), optIdx(a), optIdx(b)));
method(st, "rindex", 1, 3, (s, sub, a, b) => SS.strRindex(S(s), argStr(sub, "must be str"), optIdx(a), optIdx(b)));
method(st, "count", 1, 3, (s, sub, a, b) => SS.strCount(S(s), argStr(sub, "must be str"), optIdx(a), optIdx(b)));
method(st, "startswith", 1, 3, (s, p, a, b) => SS.strStartswith(S(s), prefixes(p, "startswith"), optIdx(a), optIdx(b)));
method(st, "endswith", 1, 3, (s, p, a, b) => SS.strEndswith(S(s), prefixes(p, "endswith"), optIdx(a), optIdx(b)));
method(st, "replace", 2, 3, (s, o, n, c) => SS.strReplace(S(s), argStr(o, "replace() argument 1"), argStr(n, "replace() argument 2"), c === undefined ? -1 : (c as number)));
method(st, "removeprefix", 1, 1, (s, p) => SS.strRemoveprefix(S(s), argStr(p, "removeprefix() argument")));
method(st, "removesuffix", 1, 1, (s, p) => SS.strRemovesuffix(S(s), argStr(p, "removesuffix() argument")));
method(st, "partition", 1, 1, (s, p) => tuple(SS.strPartition(S(s), argStr(p, "must be str"))));
method(st, "rpartition", 1, 1, (s, p) => tuple(SS.strRpartition(S(s), argStr(p, "must be str"))));
const splitArgs = (args: PyValue[], kw: Map<string, PyValue> | null): [string, string | null, number] => {
  const s = S(args[0]);
  const sep = args.length > 1 ? args[1] : kw?.get("sep") ?? null;
  const max = args.length > 2 ? args[2] : kw?.get("maxsplit") ?? -1;
  return [s, sep === null ? null : argStr(sep, "must be str or None"), indexValue(max, true)];
};
kwmethod(st, "split", (args, kw) => new PyList(SS.strSplit(...splitArgs(args, kw))));
kwmethod(st, "rsplit", (args, kw) => new PyList(SS.strRsplit(...splitArgs(args, kw))));
kwmethod(st, "splitlines", (args, kw) => new PyList(SS.strSplitlines(S(args[0]), Boolean(args[1] ?? kw?.get("keepends") ?? false))));
kwmethod(st, "format", (args, kw) => strFormat(S(args[0]), args.slice(1), kw));
method(st, "format_map", 1, 1, (s, m) => strFormatMap(S(s), m));
kwmethod(st, "encode", (args, kw) => makeBytes(codecEncode(S(args[0]), (args[1] ?? kw?.get("encoding") ?? "utf-8") as string, (args[2] ?? kw?.get("errors") ?? "strict") as string)));
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
      if (typeof k === "string") {
        if (CP.cpLength(k) !== 1) raise("ValueError", "string keys in translate table must be of length 1");
        d.set(k.codePointAt(0)!, v);
      } else d.set(k, v);
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
  const v = ctors.get(st)!(args, kwnames) as string;
  if (cls === st) return v;
  return new PyStrSub(cls, v, cls.instDict ? new PyDict() : null);
}
st.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => strNew(a, null), 1, Infinity, strNew, undefined, "str.__new__")));
st.alloc = (cls) => new PyStrSub(cls, "", cls.instDict ? new PyDict() : null);

export let makeBytes: (b: Uint8Array) => PyValue = () => null;
export function setMakeBytes(f: typeof makeBytes): void {
  makeBytes = f;
}

/** str(x) and str(b, encoding) */
ctors.set(st, (args, kwnames) => {
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos === 0 && !kwnames) return "";
  if (npos === 1 && !kwnames) return pyStr(args[0]);
  const v = args[0];
  if (v !== null && typeof v === "object" && "b" in v) return new TextDecoder().decode((v as unknown as { b: Uint8Array }).b);
  return pyStr(v);
});

export { callv };
