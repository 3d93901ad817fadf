// unicodedata: the Unicode Character Database (Modules/unicodedata.c). Version 14.0.0
// through the module's functions, and the 3.2.0 view as `ucd_3_2_0`, an instance of
// unicodedata.UCD with the same methods (IDNA's stringprep needs it).
//
// Where the data comes from: category, decimal and normalization from the str tables
// (src/runtime/text/unicodedata.ts), names from the parser's \N{} table
// (src/parser/unicode-names.ts), everything else from the generated tables read by
// src/runtime/text/unicodedata-tables.ts, decoded on first use.
import { PyObject, PyFloat, type PyValue } from "../runtime/object.js";
import { PyType } from "../runtime/type.js";
import { T } from "../runtime/types.js";
import { raise } from "../runtime/raise.js";
import { kwbuiltin, kwmethod } from "../runtime/descriptors.js";
import { registerModule } from "../runtime/modules.js";
import { PyBytes, type PyModule } from "../runtime/containers.js";
import { typeName } from "../runtime/ops.js";
import { cpLength, fromCodePoints } from "../runtime/text/codepoints.js";
import { category } from "../runtime/text/unicode.js";
import { UNIDATA_VERSION, udNormalize } from "../runtime/text/unicodedata.js";
import { decompositionOf, normalize32, runProperty, valueProperty } from "../runtime/text/unicodedata-tables.js";
import { NAMED_SEQUENCES } from "../runtime/text/unicodedata-data.js";
import { lookupUnicodeName, lookupUnicodeNameOrAlias, unicodeNameOf } from "../parser/unicode-names.js";
import { ALGORITHMIC_RANGES } from "../parser/unicode-names-data.js";

type Ver = "v14" | "v32";

const ucdType = new PyType("unicodedata.UCD", [T.object]);
ucdType.qualname = "UCD";
ucdType.computeMro();
ucdType.attrs.set("__module__", "unicodedata");

/** The one UCD instance: unicodedata.ucd_3_2_0 (instances cannot be created). */
class PyUCD extends PyObject {}
PyUCD.prototype.$cls = ucdType;

// -- argument checks with CPython's messages ------------------------------------------

/** Argument Clinic's "a unicode character" converter; `numbered` for the functions
 * whose message says "argument 1" (those taking a default). */
function charArg(fname: string, v: PyValue | undefined, numbered: boolean): number {
  if (typeof v !== "string" || cpLength(v) !== 1) {
    const which = numbered ? "argument 1" : "argument";
    raise("TypeError", `${fname}() ${which} must be a unicode character, not ${argTypeName(v)}`);
  }
  return v.codePointAt(0)!;
}

/** _PyArg_BadArgument names None as "None", other values by their type. */
function argTypeName(v: PyValue | undefined): string {
  return v === null || v === undefined ? "None" : typeName(v);
}

function noKeywords(qual: string, kw: Map<string, PyValue> | null): void {
  if (kw !== null && kw.size) raise("TypeError", `${qual}() takes no keyword arguments`);
}

/** METH_O functions: "unicodedata.category() takes exactly one argument (0 given)". */
function exactlyOne(qual: string, args: PyValue[], kw: Map<string, PyValue> | null): void {
  noKeywords(qual, kw);
  if (args.length !== 1) raise("TypeError", `${qual}() takes exactly one argument (${args.length} given)`);
}

/** Clinic functions with an optional default: "name expected at least 1 argument, got 0". */
function oneOrTwo(fname: string, qual: string, args: PyValue[], kw: Map<string, PyValue> | null): void {
  noKeywords(qual, kw);
  if (args.length < 1) raise("TypeError", `${fname} expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) raise("TypeError", `${fname} expected at most 2 arguments, got ${args.length}`);
}

function strArg(fname: string, n: number, v: PyValue): string {
  if (typeof v !== "string") raise("TypeError", `${fname}() argument ${n} must be str, not ${argTypeName(v)}`);
  return v;
}

// -- the properties -------------------------------------------------------------------

/** Assigned in the version asked about (3.2 knows fewer characters). */
function assigned(ver: Ver, cp: number): boolean {
  return ver === "v14" ? category(cp) !== "Cn" : runProperty("v32", "category", cp) !== "Cn";
}

function categoryOf(ver: Ver, cp: number): string {
  return ver === "v14" ? category(cp) : (runProperty("v32", "category", cp) as string);
}

function nameOf(ver: Ver, cp: number): string | null {
  if (ver === "v32" && !assigned(ver, cp)) return null;
  return unicodeNameOf(cp);
}

const ALGORITHMIC_PREFIXES = Object.keys(ALGORITHMIC_RANGES);

/** unicodedata.lookup: names are case-insensitive except the algorithmic prefixes
 * (unicodedata.c _getcode compares those as written); 14.0 also knows the name
 * aliases and named sequences. */
function lookupName(ver: Ver, name: string): string {
  if (name.length > 256) raise("KeyError", "name too long");
  const upper = name.toUpperCase();
  const fail = (): never => raise("KeyError", `undefined character name '${name}'`);
  for (const p of ALGORITHMIC_PREFIXES) if (upper.startsWith(p) && !name.startsWith(p)) fail();
  const cp = ver === "v14" ? lookupUnicodeNameOrAlias(name) : lookupUnicodeName(name);
  if (cp === null && ver === "v14" && Object.prototype.hasOwnProperty.call(NAMED_SEQUENCES, upper)) return fromCodePoints(NAMED_SEQUENCES[upper]);
  if (cp === null || (ver === "v32" && !assigned(ver, cp))) return fail();
  return String.fromCodePoint(cp);
}

/** decimal / digit / numeric, with CPython's "not a ..." ValueErrors. */
function numberProp(ver: Ver, prop: "decimal" | "digit" | "numeric", cp: number, dflt: PyValue | undefined): PyValue {
  const text = valueProperty(ver, prop, cp);
  if (text === null) {
    if (dflt !== undefined) return dflt;
    const what = prop === "decimal" ? "not a decimal" : prop === "digit" ? "not a digit" : "not a numeric character";
    raise("ValueError", what);
  }
  if (prop !== "numeric") return Number(text);
  const slash = text.indexOf("/");
  // the double of the fraction, as CPython computes it (numerator / denominator)
  return new PyFloat(slash < 0 ? Number(text) : Number(text.slice(0, slash)) / Number(text.slice(slash + 1)));
}

function normalizeIn(ver: Ver, form: string, s: string): string {
  if (form !== "NFC" && form !== "NFD" && form !== "NFKC" && form !== "NFKD") raise("ValueError", "invalid normalization form");
  return ver === "v14" ? udNormalize(form, s) : normalize32(form, s);
}

// -- the functions, shared by the module (14.0) and ucd_3_2_0 -------------------------

type Impl = (ver: Ver, args: PyValue[], qual: string) => PyValue;

/** One-character properties (METH_O in CPython). */
function single(name: string, get: (ver: Ver, cp: number) => PyValue): Impl {
  return (ver, args) => get(ver, charArg(name, args[0], false));
}

/** Properties taking a default (name, decimal, digit, numeric). */
function withDefault(name: string, get: (ver: Ver, cp: number, dflt: PyValue | undefined) => PyValue): Impl {
  return (ver, args) => get(ver, charArg(name, args[0], true), args[1]);
}

const FUNCTIONS: [string, "one" | "opt" | "two", Impl][] = [
  ["category", "one", single("category", categoryOf)],
  ["bidirectional", "one", single("bidirectional", (v, cp) => runProperty(v, "bidirectional", cp))],
  ["combining", "one", single("combining", (v, cp) => runProperty(v, "combining", cp))],
  ["east_asian_width", "one", single("east_asian_width", (v, cp) => runProperty(v, "east_asian_width", cp))],
  ["mirrored", "one", single("mirrored", (v, cp) => runProperty(v, "mirrored", cp))],
  ["decomposition", "one", single("decomposition", (v, cp) => decompositionOf(v, cp))],
  ["decimal", "opt", withDefault("decimal", (v, cp, d) => numberProp(v, "decimal", cp, d))],
  ["digit", "opt", withDefault("digit", (v, cp, d) => numberProp(v, "digit", cp, d))],
  ["numeric", "opt", withDefault("numeric", (v, cp, d) => numberProp(v, "numeric", cp, d))],
  [
    "name",
    "opt",
    withDefault("name", (v, cp, d) => {
      const n = nameOf(v, cp);
      if (n !== null) return n;
      if (d !== undefined) return d;
      return raise("ValueError", "no such name");
    }),
  ],
  [
    "lookup",
    "one",
    (v, args) => {
      const a = args[0];
      let name: string;
      if (typeof a === "string") name = a;
      else if (a instanceof PyBytes) name = new TextDecoder().decode(a.b);
      else return raise("TypeError", `a bytes-like object is required, not '${typeName(a)}'`);
      return lookupName(v, name);
    },
  ],
  ["normalize", "two", (v, args) => normalizeIn(v, strArg("normalize", 1, args[0]), strArg("normalize", 2, args[1]))],
  [
    "is_normalized",
    "two",
    (v, args) => {
      const s = strArg("is_normalized", 2, args[1]);
      return normalizeIn(v, strArg("is_normalized", 1, args[0]), s) === s;
    },
  ],
];

/** Checks the argument count the way CPython's flavour of that function does. */
function checkArgs(kind: "one" | "opt" | "two", name: string, qual: string, args: PyValue[], kw: Map<string, PyValue> | null): void {
  if (kind === "one") exactlyOne(qual, args, kw);
  else if (kind === "opt") oneOrTwo(name, qual, args, kw);
  else {
    noKeywords(qual, kw);
    if (args.length !== 2) raise("TypeError", `${name} expected 2 arguments, got ${args.length}`);
  }
}

for (const [name, kind, impl] of FUNCTIONS) {
  kwmethod(ucdType, name, (args, kw) => {
    const rest = args.slice(1);
    checkArgs(kind, name, `UCD.${name}`, rest, kw);
    return impl("v32", rest, `UCD.${name}`);
  });
}
ucdType.attrs.set("unidata_version", "3.2.0");

registerModule("unicodedata", (m: PyModule) => {
  const d = m.$dict!;
  for (const [name, kind, impl] of FUNCTIONS) {
    const qual = `unicodedata.${name}`;
    d.setStr(
      name,
      kwbuiltin(name, (args, kw) => {
        checkArgs(kind, name, qual, args, kw);
        return impl("v14", args, qual);
      }),
    );
  }
  d.setStr("unidata_version", UNIDATA_VERSION);
  d.setStr("UCD", ucdType);
  d.setStr("ucd_3_2_0", new PyUCD());
});
