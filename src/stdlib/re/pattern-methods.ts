// re.Pattern's methods (CPython's Modules/_sre/sre.c pattern_* functions; messages
// are theirs), the scanner (`Pattern.scanner`, `_sre.SRE_Scanner`) and the lazy
// iterator `finditer` returns. The search loops run here, with no Python between the
// caller and the matcher; a callable `repl` is called with native Match objects.
import { PyObject, type PyValue } from "../../runtime/object.js";
import { PyType } from "../../runtime/type.js";
import { T, NotImplemented } from "../../runtime/types.js";
import { PyBytes, PyList, PyTuple, tuple } from "../../runtime/containers.js";
import { PyByteArray } from "../../runtime/bytes.js";
import { PyMappingProxy } from "../../runtime/mappingproxy.js";
import { PyDict } from "../../runtime/dict.js";
import { PyBuiltin, PyFunction, PyBoundMethod } from "../../runtime/function.js";
import { PyClassMethod } from "../../runtime/property.js";
import { makeGenericAlias } from "../../runtime/generic-alias.js";
import { raise } from "../../runtime/raise.js";
import { method, kwPosMethod, getset, member } from "../../runtime/descriptors.js";
import { iterType } from "../../runtime/iter.js";
import { callv } from "../../runtime/call.js";
import { pyRepr, pyEqBool, pyHash, typeOf, typeName, indexValue, asStr } from "../../runtime/ops.js";
import { Mode } from "./vm.js";
import { patternType as pt, hooks, newMatch, PyPattern, type PyMatch } from "./objects.js";
import { subjectOf, owned, piece, joinSub, type Subject } from "./subject.js";
import { expandTemplate, templatePieces } from "./match-methods.js";
import { bindKw } from "./args.js";

const P = (s: PyValue): PyPattern => s as PyPattern;

/** A pos/endpos argument clamped to [0, len] (sre.c state_init). */
function bound(v: PyValue | undefined, dflt: number, len: number): number {
  let n = v === undefined ? dflt : typeof v === "number" ? v : indexValue(v, true);
  if (n < 0) n = 0;
  if (n > len) n = len;
  return n;
}

const enum Run {
  Match,
  FullMatch,
  Search,
}

function run(p: PyPattern, string: PyValue, pos: PyValue | undefined, endpos: PyValue | undefined, how: Run): PyMatch | null {
  const sj = subjectOf(string, p.isBytes);
  const len = sj.len;
  const start = bound(pos, 0, len);
  const end = bound(endpos, len, len);
  if (start > end) return null;
  const r = p.matcher.search(sj.input, start, end, how !== Run.Search, how === Run.FullMatch ? Mode.FullMatch : Mode.Match, sj.text);
  return r < 0 ? null : newMatch(p, string, sj, start, end, r);
}

const SPAN_NAMES = ["string", "pos", "endpos"] as const;
function spanMethod(name: string, how: Run): void {
  kwPosMethod(
    pt,
    name,
    3,
    (s: PyValue, string?: PyValue, pos?: PyValue, endpos?: PyValue) => {
      if (string === undefined) raise("TypeError", `${name}() missing required argument 'string' (pos 1)`);
      return run(P(s), string, pos, endpos, how);
    },
    (args, kw) => {
      const [string, pos, endpos] = bindKw(name, SPAN_NAMES, 1, args.slice(1), kw);
      return run(P(args[0]), string!, pos, endpos, how);
    },
  );
}
spanMethod("match", Run.Match);
spanMethod("fullmatch", Run.FullMatch);
spanMethod("search", Run.Search);

/** Successive non-overlapping matches from `pos`: after an empty match the next one
 * may not be empty at the same place (3.7+ rule). */
class Scan extends PyObject {
  readonly sj: Subject;
  at: number;
  readonly end: number;
  mustAdvance = false;
  done = false;
  constructor(
    readonly p: PyPattern,
    readonly string: PyValue,
    pos: PyValue | undefined,
    endpos: PyValue | undefined,
  ) {
    super();
    this.sj = owned(subjectOf(string, p.isBytes));
    const len = this.sj.len;
    this.at = bound(pos, 0, len);
    this.end = bound(endpos, len, len);
    this.pos0 = this.at;
  }
  /** the pos every Match reports (the scanner's start) */
  readonly pos0: number;
  /** the next match (anchored at the current position for Scanner.match) */
  step(anchored: boolean): PyMatch | null {
    if (this.done || this.at > this.end) {
      this.done = true;
      return null;
    }
    const mt = this.p.matcher;
    mt.noEmptyAt = this.mustAdvance ? this.at : -1;
    let r: number;
    try {
      r = mt.search(this.sj.input, this.at, this.end, anchored, Mode.Match, this.sj.text);
    } finally {
      mt.noEmptyAt = -1;
    }
    if (r < 0) {
      this.done = true;
      return null;
    }
    const m = newMatch(this.p, this.string, this.sj, this.pos0, this.end, r);
    this.mustAdvance = r === mt.start;
    this.at = r;
    return m;
  }
}

// finditer's iterator: callable_iterator in CPython (iter(scanner.search, None))
class FindIter extends Scan {}
FindIter.prototype.$cls = iterType("callable_iterator");
FindIter.prototype.$next = function (this: FindIter): PyValue | undefined {
  const m = this.step(false);
  return m === null ? undefined : m;
};

export const scannerType = new PyType("_sre.SRE_Scanner", [T.object]);
scannerType.qualname = "SRE_Scanner";
scannerType.computeMro();
scannerType.final = true;
scannerType.attrs.set("__module__", "_sre");
Scan.prototype.$cls = scannerType;
method(scannerType, "match", 0, 0, (s) => (s as Scan).step(true));
method(scannerType, "search", 0, 0, (s) => (s as Scan).step(false));
getset(scannerType, "pattern", (s) => (s as Scan).p);

for (const [name, C] of [["finditer", FindIter], ["scanner", Scan]] as const) {
  kwPosMethod(
    pt,
    name,
    3,
    (s: PyValue, string?: PyValue, pos?: PyValue, endpos?: PyValue) => {
      if (string === undefined) raise("TypeError", `${name}() missing required argument 'string' (pos 1)`);
      return new C(P(s), string, pos, endpos);
    },
    (args, kw) => {
      const [string, pos, endpos] = bindKw(name, SPAN_NAMES, 1, args.slice(1), kw);
      return new C(P(args[0]), string!, pos, endpos);
    },
  );
}

function findall(p: PyPattern, string: PyValue, pos: PyValue | undefined, endpos: PyValue | undefined): PyValue {
  const sj = subjectOf(string, p.isBytes);
  const input = sj.input;
  const end = bound(endpos, sj.len, sj.len);
  let at = bound(pos, 0, sj.len);
  const mt = p.matcher;
  const ng = p.groups;
  const empty: PyValue = p.isBytes ? new PyBytes(new Uint8Array(0)) : "";
  const regs = mt.regs;
  const grp = (g: number): PyValue => {
    const a = regs[2 * g];
    const b = regs[2 * g + 1];
    return a >= 0 && b >= 0 ? piece(sj, a, b) : empty;
  };
  const out: PyValue[] = [];
  let mustAdvance = false;
  while (at <= end) {
    mt.noEmptyAt = mustAdvance ? at : -1;
    const r = mt.search(input, at, end, false, Mode.Match, sj.text);
    mt.noEmptyAt = -1;
    if (r < 0) break;
    if (ng === 0) out.push(piece(sj, mt.start, r));
    else if (ng === 1) out.push(grp(1));
    else {
      const t: PyValue[] = [];
      for (let g = 1; g <= ng; g++) t.push(grp(g));
      out.push(tuple(t));
    }
    mustAdvance = r === mt.start;
    at = r;
  }
  return new PyList(out);
}
kwPosMethod(
  pt,
  "findall",
  3,
  (s: PyValue, string?: PyValue, pos?: PyValue, endpos?: PyValue) => {
    if (string === undefined) raise("TypeError", "findall() missing required argument 'string' (pos 1)");
    return findall(P(s), string, pos, endpos);
  },
  (args, kw) => {
    const [string, pos, endpos] = bindKw("findall", SPAN_NAMES, 1, args.slice(1), kw);
    return findall(P(args[0]), string!, pos, endpos);
  },
);

function split(p: PyPattern, string: PyValue, maxsplit: PyValue | undefined): PyValue {
  const sj = subjectOf(string, p.isBytes);
  const input = sj.input;
  const end = sj.len;
  const ms = maxsplit === undefined ? 0 : indexValue(maxsplit, true);
  if (ms < 0) return new PyList([piece(sj, 0, end)]);
  const max = ms > 0 ? ms : Infinity;
  const mt = p.matcher;
  const regs = mt.regs;
  const ng = p.groups;
  const out: PyValue[] = [];
  let at = 0;
  let last = 0;
  let n = 0;
  let mustAdvance = false;
  while (at <= end && n < max) {
    mt.noEmptyAt = mustAdvance ? at : -1;
    const r = mt.search(input, at, end, false, Mode.Match, sj.text);
    mt.noEmptyAt = -1;
    if (r < 0) break;
    const st = mt.start;
    out.push(piece(sj, last, st));
    for (let g = 1; g <= ng; g++) {
      const a = regs[2 * g];
      const b = regs[2 * g + 1];
      out.push(a >= 0 && b >= 0 ? piece(sj, a, b) : null);
    }
    n++;
    last = r;
    mustAdvance = r === st;
    at = r;
  }
  out.push(piece(sj, last, end));
  return new PyList(out);
}
kwPosMethod(
  pt,
  "split",
  2,
  (s: PyValue, string?: PyValue, maxsplit?: PyValue) => {
    if (string === undefined) raise("TypeError", "split() missing required argument 'string' (pos 1)");
    return split(P(s), string, maxsplit);
  },
  (args, kw) => {
    const [string, maxsplit] = bindKw("split", ["string", "maxsplit"], 1, args.slice(1), kw);
    return split(P(args[0]), string!, maxsplit);
  },
);

function isCallable(v: PyValue): boolean {
  if (v === null || typeof v !== "object") return false;
  if (v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyBoundMethod || v instanceof PyType) return true;
  return typeOf(v).lookup("__call__") != null;
}

/** The subject itself as an exact str / bytes (sub() without any match). */
function sameSubject(string: PyValue, sj: Subject): PyValue {
  if (typeof string === "string") return string;
  if (string instanceof PyBytes && string.$cls === T.bytes) return string;
  return piece(sj, 0, sj.len);
}

function subx(p: PyPattern, repl: PyValue, string: PyValue, count: PyValue | undefined, withCount: boolean): PyValue {
  let func: PyValue = null;
  let pieces: PyValue[] | null = null;
  if (isCallable(repl)) func = repl;
  else if (typeof repl === "string" && !p.isBytes && repl.indexOf("\\") < 0) pieces = [repl];
  else pieces = templatePieces(p, repl);
  let sj = subjectOf(string, p.isBytes);
  // a function may search other strings: keep this one's code points
  if (func !== null) sj = owned(sj);
  const input = sj.input;
  const end = sj.len;
  const cnt = count === undefined ? 0 : indexValue(count, true);
  if (cnt < 0) return withCount ? tuple([sameSubject(string, sj), 0]) : sameSubject(string, sj);
  const max = cnt > 0 ? cnt : Infinity;
  const mt = p.matcher;
  const regs = mt.regs;
  const out: PyValue[] = [];
  let at = 0;
  let last = 0;
  let n = 0;
  let mustAdvance = false;
  while (at <= end && n < max) {
    mt.noEmptyAt = mustAdvance ? at : -1;
    const r = mt.search(input, at, end, false, Mode.Match, sj.text);
    mt.noEmptyAt = -1;
    if (r < 0) break;
    const st = mt.start;
    if (st > last) out.push(piece(sj, last, st));
    if (pieces === null) {
      // the callable may run this pattern again: the Match is a copy, and the loop
      // keeps its own position
      const m = newMatch(p, string, sj, 0, end, r);
      const f = func as PyObject;
      const v = f.$fast === 1 ? (f as PyFunction).$fn(m) : callv(f, [m], null);
      if (v !== null) out.push(v);
    } else if (pieces.length === 1 && typeof pieces[0] !== "number") out.push(pieces[0]);
    else {
      for (const pc of pieces) {
        if (typeof pc === "number") {
          const a = pc === 0 ? st : regs[2 * pc];
          const b = pc === 0 ? r : regs[2 * pc + 1];
          if (a >= 0 && b >= 0 && b > a) out.push(piece(sj, a, b));
        } else out.push(pc);
      }
    }
    n++;
    last = r;
    mustAdvance = r === st;
    at = r;
  }
  let res: PyValue;
  if (n === 0) res = sameSubject(string, sj);
  else {
    if (last < end) out.push(piece(sj, last, end));
    res = joinSub(out, p.isBytes);
  }
  return withCount ? tuple([res, n]) : res;
}
const SUB_NAMES = ["repl", "string", "count"] as const;
for (const [name, withCount] of [["sub", false], ["subn", true]] as const) {
  kwPosMethod(
    pt,
    name,
    3,
    (s: PyValue, repl?: PyValue, string?: PyValue, count?: PyValue) => {
      if (repl === undefined) raise("TypeError", `${name}() missing required argument 'repl' (pos 1)`);
      if (string === undefined) raise("TypeError", `${name}() missing required argument 'string' (pos 2)`);
      return subx(P(s), repl, string, count, withCount);
    },
    (args, kw) => {
      const [repl, string, count] = bindKw(name, SUB_NAMES, 2, args.slice(1), kw);
      return subx(P(args[0]), repl!, string!, count, withCount);
    },
  );
}

member(pt, "pattern", (s) => P(s).pattern);
member(pt, "flags", (s) => P(s).flags);
member(pt, "groups", (s) => P(s).groups);
// an empty dict when there are no named groups (sre.c pattern_groupindex)
getset(pt, "groupindex", (s) => (P(s).groupindex.size === 0 ? new PyDict() : new PyMappingProxy(P(s).groupindex)));

const FLAG_NAMES: [number, string][] = [
  [1, "re.TEMPLATE"],
  [2, "re.IGNORECASE"],
  [4, "re.LOCALE"],
  [8, "re.MULTILINE"],
  [16, "re.DOTALL"],
  [32, "re.UNICODE"],
  [64, "re.VERBOSE"],
  [128, "re.DEBUG"],
  [256, "re.ASCII"],
];
// pattern_repr: the pattern's repr cut at 200 characters, then the flags by name
// (UNICODE left out for a str pattern, where it is the default)
method(pt, "__repr__", 0, 0, (s) => {
  const p = P(s);
  let r = pyRepr(p.pattern);
  if (r.length > 200) r = r.slice(0, 200);
  let flags = p.flags;
  if (!p.isBytes) flags &= ~32;
  if (flags === 0) return `re.compile(${r})`;
  const names: string[] = [];
  for (const [bit, name] of FLAG_NAMES) {
    if (flags & bit) {
      names.push(name);
      flags &= ~bit;
    }
  }
  if (flags) names.push(`0x${flags.toString(16)}`);
  return `re.compile(${r}, ${names.join("|")})`;
});
function patEq(a: PyPattern, b: PyValue): boolean | typeof NotImplemented {
  if (!(b instanceof PyPattern)) return NotImplemented;
  return a === b || (a.flags === b.flags && a.isBytes === b.isBytes && pyEqBool(a.pattern, b.pattern));
}
method(pt, "__eq__", 1, 1, (s, o) => patEq(P(s), o));
method(pt, "__ne__", 1, 1, (s, o) => {
  const r = patEq(P(s), o);
  return r === NotImplemented ? r : !r;
});
method(pt, "__hash__", 0, 0, (s) => {
  const h = pyHash(P(s).pattern) ^ P(s).flags;
  return h === -1 ? -2 : h;
});
method(pt, "__copy__", 0, 0, (s) => s);
method(pt, "__deepcopy__", 1, 1, (s) => s);
method(pt, "__reduce__", 0, 0, (s) => tuple([hooks.compile, tuple([P(s).pattern, P(s).flags])]));
for (const v of pt.attrs.values()) if (v instanceof PyBuiltin) v.qualname = `Pattern.${v.name}`;
for (const v of scannerType.attrs.values()) if (v instanceof PyBuiltin) v.qualname = `SRE_Scanner.${v.name}`;
pt.attrs.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (cls, k) => makeGenericAlias(cls as PyType, k), 2, 2)));
