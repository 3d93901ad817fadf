// re.Match's methods and attributes (CPython's Modules/_sre/sre.c match_* functions;
// messages are theirs).
import type { PyValue } from "../../runtime/object.js";
import { PyDict } from "../../runtime/dict.js";
import { PyBytes, PyList, tuple } from "../../runtime/containers.js";
import { T } from "../../runtime/types.js";
import { raise } from "../../runtime/raise.js";
import { method, kwPosMethod, getset, member } from "../../runtime/descriptors.js";
import { PyBuiltin } from "../../runtime/function.js";
import { PyClassMethod } from "../../runtime/property.js";
import { makeGenericAlias } from "../../runtime/generic-alias.js";
import { pyRepr, isIndex, indexValue } from "../../runtime/ops.js";
import { callv } from "../../runtime/call.js";
import type { PyType } from "../../runtime/type.js";
import { matchType as mt, hooks, type PyMatch, type PyPattern } from "./objects.js";
import { piece, joinSub } from "./subject.js";
import { bindKw } from "./args.js";

const M = (s: PyValue): PyMatch => s as PyMatch;

function noSuchGroup(): never {
  return raise("IndexError", "no such group");
}

/** A group number from an int-like or a group name (sre.c match_getindex). */
function groupIndex(m: PyMatch, g: PyValue): number {
  const n = m.re.groups;
  if (typeof g === "number") return g >= 0 && g <= n ? g : noSuchGroup();
  let i: number;
  if (typeof g === "string") {
    const v = m.re.groupindex.getStr(g);
    if (typeof v !== "number") return noSuchGroup();
    i = v;
  } else if (isIndex(g)) i = indexValue(g, true);
  else {
    // a dict lookup (an unhashable key raises its TypeError, as in CPython)
    const v = m.re.groupindex.get(g);
    if (typeof v !== "number") return noSuchGroup();
    i = v;
  }
  return i >= 0 && i <= n ? i : noSuchGroup();
}

/** The text of group i, or `dflt` when it did not take part. */
function groupText(m: PyMatch, i: number, dflt: PyValue): PyValue {
  const a = m.marks[2 * i];
  if (a < 0) return dflt;
  return piece(m.sj, a, m.marks[2 * i + 1]);
}

// group(*groups): no argument is group 0; several give a tuple
method(mt, "group", 0, Infinity, function (s: PyValue, g?: PyValue): PyValue {
  const m = M(s);
  const argc = arguments.length;
  if (argc <= 1) return piece(m.sj, m.marks[0], m.marks[1]);
  if (argc === 2) return groupText(m, groupIndex(m, g!), null);
  const out: PyValue[] = [];
  for (let k = 1; k < argc; k++) out.push(groupText(m, groupIndex(m, arguments[k] as PyValue), null));
  return tuple(out);
});
method(mt, "__getitem__", 1, 1, (s, g) => groupText(M(s), groupIndex(M(s), g), null));

function groupsOf(m: PyMatch, dflt: PyValue): PyValue {
  const out: PyValue[] = [];
  for (let i = 1; i <= m.re.groups; i++) out.push(groupText(m, i, dflt));
  return tuple(out);
}
kwPosMethod(mt, "groups", 1, (s: PyValue, d?: PyValue) => groupsOf(M(s), d === undefined ? null : d), (args, kw) => {
  const [d] = bindKw("groups", ["default"], 0, args.slice(1), kw);
  return groupsOf(M(args[0]), d === undefined ? null : d);
});

function groupdictOf(m: PyMatch, dflt: PyValue): PyValue {
  const out = new PyDict();
  const names = m.re.groupNames;
  for (let i = 1; i < names.length; i++) {
    const name = names[i];
    if (name !== null) out.setStr(name, groupText(m, i, dflt));
  }
  return out;
}
kwPosMethod(mt, "groupdict", 1, (s: PyValue, d?: PyValue) => groupdictOf(M(s), d === undefined ? null : d), (args, kw) => {
  const [d] = bindKw("groupdict", ["default"], 0, args.slice(1), kw);
  return groupdictOf(M(args[0]), d === undefined ? null : d);
});

// start/end/span take one optional positional group (sre.c: "start expected at most
// 1 argument, got 2", unqualified)
function oneGroup(name: string, argc: number, s: PyValue, g: PyValue | undefined): number {
  if (argc > 2) raise("TypeError", `${name} expected at most 1 argument, got ${argc - 1}`);
  return g === undefined ? 0 : groupIndex(M(s), g);
}
method(mt, "start", 0, Infinity, function (s: PyValue, g?: PyValue): PyValue {
  return M(s).marks[2 * oneGroup("start", arguments.length, s, g)];
});
method(mt, "end", 0, Infinity, function (s: PyValue, g?: PyValue): PyValue {
  return M(s).marks[2 * oneGroup("end", arguments.length, s, g) + 1];
});
method(mt, "span", 0, Infinity, function (s: PyValue, g?: PyValue): PyValue {
  const i = oneGroup("span", arguments.length, s, g);
  return tuple([M(s).marks[2 * i], M(s).marks[2 * i + 1]]);
});

/** Match.expand and Pattern.sub with a template: the pieces with groups filled in. */
export function expandTemplate(m: PyMatch, pieces: PyValue[]): PyValue {
  const out: PyValue[] = [];
  for (const p of pieces) {
    if (typeof p === "number") {
      const v = groupText(m, p, null);
      if (v !== null) out.push(v);
    } else out.push(p);
  }
  return joinSub(out, m.re.isBytes);
}

/** The parsed template (the Python layer's parser: its errors and warnings). */
export function templatePieces(p: PyPattern, repl: PyValue): PyValue[] {
  // keys: "s" + a str template, NUL + a short bytes template as latin-1 (the first
  // character keeps the two kinds apart)
  let key: string | null = null;
  if (typeof repl === "string") key = "s" + repl;
  else if (repl instanceof PyBytes && repl.$cls === T.bytes && repl.b.length <= 1024) key = "\0" + String.fromCharCode(...repl.b);
  if (key !== null) {
    const got = p.templates.get(key);
    if (got !== undefined) return got;
  }
  const r = callv(hooks.parseTemplate, [repl, p], null);
  const pieces = (r as PyList).a;
  if (key !== null) {
    if (p.templates.size >= 64) p.templates.clear();
    p.templates.set(key, pieces);
  }
  return pieces;
}

kwPosMethod(mt, "expand", 1, (s: PyValue, t?: PyValue) => expand(s, t), (args, kw) => expand(args[0], bindKw("expand", ["template"], 1, args.slice(1), kw)[0]));
function expand(s: PyValue, t: PyValue | undefined): PyValue {
  if (t === undefined) raise("TypeError", "expand() missing required argument 'template' (pos 1)");
  return expandTemplate(M(s), templatePieces(M(s).re, t));
}

getset(mt, "regs", (s) => {
  const m = M(s);
  const out: PyValue[] = [];
  for (let i = 0; i <= m.re.groups; i++) out.push(tuple([m.marks[2 * i], m.marks[2 * i + 1]]));
  return tuple(out);
});
getset(mt, "lastindex", (s) => (M(s).lastindex < 0 ? null : M(s).lastindex));
getset(mt, "lastgroup", (s) => {
  const li = M(s).lastindex;
  return li < 0 ? null : (M(s).re.groupNames[li] ?? null);
});
// READONLY members in sre.c (their error is "readonly attribute")
member(mt, "pos", (s) => M(s).pos);
member(mt, "endpos", (s) => M(s).endpos);
member(mt, "re", (s) => M(s).re);
member(mt, "string", (s) => M(s).string);

method(mt, "__repr__", 0, 0, (s) => {
  const m = M(s);
  return `<re.Match object; span=(${m.marks[0]}, ${m.marks[1]}), match=${pyRepr(piece(m.sj, m.marks[0], m.marks[1]))}>`;
});
method(mt, "__copy__", 0, 0, (s) => s);
method(mt, "__deepcopy__", 1, 1, (s) => s);
method(mt, "__reduce__", 0, 0, () => raise("TypeError", "cannot pickle 're.Match' object"));
// qualified names as CPython's (Match.group), not the type's dotted name
for (const v of mt.attrs.values()) if (v instanceof PyBuiltin) v.qualname = `Match.${v.name}`;
mt.attrs.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (cls, k) => makeGenericAlias(cls as PyType, k), 2, 2)));
