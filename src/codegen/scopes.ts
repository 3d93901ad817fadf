// The scope facts codegen needs, per scope-creating AST node. This is a compact stand-in
// for src/symtable (being written alongside): it follows CPython's symtable.c rules
// for the cases codegen depends on (locals, global/nonlocal, free and cell variables,
// the implicit __class__ cell, comprehension scopes). Codegen reads only the
// ScopeInfo interface, so switching to the full symtable is local to this file.
import type * as A from "../ast/nodes.js";
import { buildSymtable } from "../symtable/index.js";

export const enum Sc {
  /** bound in this function scope */
  LOCAL = 1,
  /** declared `global` */
  GLOBAL_EXPLICIT = 2,
  /** not bound anywhere enclosing: global or builtin */
  GLOBAL_IMPLICIT = 3,
  /** bound in an enclosing function, read through a cell */
  FREE = 4,
  /** local here and captured by an inner scope: lives in a cell */
  CELL = 5,
}

export type ScopeKind = "module" | "class" | "function";

export interface ScopeInfo {
  kind: ScopeKind;
  name: string;
  node: object;
  parent: ScopeInfo | null;
  children: ScopeInfo[];
  /** resolved scope of every name used or bound here */
  symbols: Map<string, Sc>;
  params: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  names: string[];
  isGenerator: boolean;
  hasVarargs: boolean;
  hasVarkw: boolean;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  /** class scope whose methods use super() or __class__ */
  needsClassClosure: boolean;
  /** names assigned anywhere in the scope that may be deleted (`del x`) */
  deleted: Set<string>;
  isComprehension: boolean;
  isLambda: boolean;
  qualname: string;
}

interface Raw {
  info: ScopeInfo;
  bound: string[]; // in first-binding order
  boundSet: Set<string>;
  used: Set<string>;
  globals: Set<string>;
  nonlocals: Set<string>;
  /** names in compile order, with whether they are always in co_names (attributes, imports) */
  seq: [string, boolean][];
  /** walrus targets of comprehensions, bound in the nearest function */
}

export function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

export function analyzeScopes(mod: A.Module, filename = "<string>"): Map<object, ScopeInfo> {
  const out = new Map<object, ScopeInfo>();
  const raws = new Map<ScopeInfo, Raw>();

  function newScope(kind: ScopeKind, name: string, node: object, parent: Raw | null): Raw {
    const info: ScopeInfo = {
      kind, name, node, parent: parent?.info ?? null, children: [], symbols: new Map(), params: [], varnames: [], cellvars: [], freevars: [], names: [],
      isGenerator: false, hasVarargs: false, hasVarkw: false, argcount: 0, posonlyargcount: 0, kwonlyargcount: 0, needsClassClosure: false,
      deleted: new Set(), isComprehension: false, isLambda: false, qualname: name,
    };
    if (parent) parent.info.children.push(info);
    const r: Raw = { info, bound: [], boundSet: new Set(), used: new Set(), globals: new Set(), nonlocals: new Set(), seq: [] };
    out.set(node, info);
    raws.set(info, r);
    return r;
  }

  function className(r: Raw): string | null {
    for (let s: ScopeInfo | null = r.info; s; s = s.parent) if (s.kind === "class") return s.name;
    return null;
  }
  function bind(r: Raw, name: string): void {
    name = mangle(className(r), name);
    if (!r.boundSet.has(name)) {
      r.boundSet.add(name);
      r.bound.push(name);
    }
  }
  function use(r: Raw, name: string): void {
    r.used.add(mangle(className(r), name));
  }
  function addName(r: Raw, name: string): void {
    r.seq.push([name, true]);
  }

  function visitArgs(r: Raw, a: A.arguments): void {
    for (const d of a.defaults) visit(r, d);
    for (const d of a.kw_defaults) if (d) visit(r, d);
    for (const x of [...a.posonlyargs, ...a.args, ...(a.vararg ? [a.vararg] : []), ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : [])]) if (x.annotation) visit(r, x.annotation);
  }
  function setParams(s: Raw, a: A.arguments): void {
    const names = [...a.posonlyargs, ...a.args, ...a.kwonlyargs].map((x) => x.arg);
    if (a.vararg) names.push(a.vararg.arg);
    if (a.kwarg) names.push(a.kwarg.arg);
    const info = s.info;
    info.params = names.map((n) => mangle(className(s), n));
    info.argcount = a.posonlyargs.length + a.args.length;
    info.posonlyargcount = a.posonlyargs.length;
    info.kwonlyargcount = a.kwonlyargs.length;
    info.hasVarargs = a.vararg !== null;
    info.hasVarkw = a.kwarg !== null;
    for (const n of info.params) bind(s, n);
  }

  function enclosingFunction(r: Raw): Raw {
    let s: ScopeInfo = r.info;
    while (s.isComprehension && s.parent) s = s.parent;
    return raws.get(s)!;
  }

  function visitComp(r: Raw, node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, kindName: string): void {
    const gens = node.generators;
    visit(r, gens[0].iter);
    const s = newScope("function", kindName, node, r);
    s.info.isComprehension = true;
    s.info.params = [".0"];
    s.info.argcount = 1;
    bind(s, ".0");
    if (node._type === "GeneratorExp") s.info.isGenerator = true;
    gens.forEach((g, i) => {
      if (i > 0) visit(s, g.iter);
      visit(s, g.target);
      for (const c of g.ifs) visit(s, c);
    });
    if (node._type === "DictComp") {
      visit(s, node.key);
      visit(s, node.value);
    } else visit(s, node.elt);
  }

  function visitList(r: Raw, xs: readonly unknown[]): void {
    for (const x of xs) visit(r, x);
  }

  function visit(r: Raw, n: unknown): void {
    if (n === null || typeof n !== "object") return;
    if (Array.isArray(n)) return visitList(r, n);
    const node = n as A.Node;
    switch (node._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        visitList(r, node.decorator_list);
        visitArgs(r, node.args);
        if (node.returns) visit(r, node.returns);
        bind(r, node.name);
        const s = newScope("function", node.name, node, r);
        setParams(s, node.args);
        visitList(s, node.body);
        return;
      }
      case "Lambda": {
        visitArgs(r, node.args);
        const s = newScope("function", "<lambda>", node, r);
        s.info.isLambda = true;
        setParams(s, node.args);
        visit(s, node.body);
        return;
      }
      case "ClassDef": {
        visitList(r, node.decorator_list);
        visitList(r, node.bases);
        visitList(r, node.keywords);
        bind(r, node.name);
        const s = newScope("class", node.name, node, r);
        visitList(s, node.body);
        return;
      }
      case "ListComp":
        return visitComp(r, node, "<listcomp>");
      case "SetComp":
        return visitComp(r, node, "<setcomp>");
      case "DictComp":
        return visitComp(r, node, "<dictcomp>");
      case "GeneratorExp":
        return visitComp(r, node, "<genexpr>");
      case "Name":
        r.seq.push([mangle(className(r), node.id), false]);
        if (node.ctx._type === "Load") {
          use(r, node.id);
          if (node.id === "super" && r.info.kind === "function") use(r, "__class__");
        } else {
          bind(r, node.id);
          if (node.ctx._type === "Del") r.info.deleted.add(mangle(className(r), node.id));
        }
        return;
      case "NamedExpr": {
        const t = node.target as A.Name;
        visit(r, node.value);
        if (r.info.isComprehension) {
          const f = enclosingFunction(r);
          bind(f, t.id);
          if (f.info.kind === "module") r.globals.add(t.id);
          else r.nonlocals.add(t.id);
          r.used.add(t.id);
        } else bind(r, t.id);
        return;
      }
      case "Global":
        for (const x of node.names) r.globals.add(mangle(className(r), x));
        return;
      case "Nonlocal":
        for (const x of node.names) r.nonlocals.add(mangle(className(r), x));
        return;
      case "Import":
      case "ImportFrom":
        if (node._type === "ImportFrom") addName(r, node.module ?? "");
        for (const a of node.names) {
          addName(r, a.name);
          if (a.name !== "*") {
            const bound = a.asname ?? a.name.split(".")[0];
            bind(r, bound);
            r.seq.push([bound, false]);
          }
        }
        return;
      case "ExceptHandler":
        if (node.type) visit(r, node.type);
        if (node.name) {
          bind(r, node.name);
          r.info.deleted.add(node.name);
        }
        visitList(r, node.body);
        return;
      case "MatchAs":
      case "MatchStar":
        if (node.name) bind(r, node.name);
        if (node._type === "MatchAs" && node.pattern) visit(r, node.pattern);
        return;
      case "MatchMapping":
        if (node.rest) bind(r, node.rest);
        visitList(r, node.keys);
        visitList(r, node.patterns);
        return;
      case "Yield":
      case "YieldFrom":
      case "Await":
        r.info.isGenerator = r.info.kind === "function" || r.info.isGenerator;
        if (node.value) visit(r, node.value);
        return;
      case "Attribute":
        visit(r, node.value);
        addName(r, mangle(className(r), node.attr));
        return;
      case "Assign":
        visit(r, node.value);
        visitList(r, node.targets);
        return;
      case "For":
        visit(r, node.iter);
        visit(r, node.target);
        visitList(r, node.body);
        visitList(r, node.orelse);
        return;
      case "AnnAssign":
        if (node.target._type === "Name") {
          bind(r, node.target.id);
          if (r.info.kind !== "function") visit(r, node.annotation);
        } else {
          visit(r, node.target);
          visit(r, node.annotation);
        }
        if (node.value) visit(r, node.value);
        return;
    }
    for (const k in node) {
      if (k === "_type") continue;
      const v = (node as unknown as Record<string, unknown>)[k];
      if (v !== null && typeof v === "object") visit(r, v);
    }
  }

  const top = newScope("module", "top", mod, null);
  visitList(top, mod.body);

  // Pass 2 (symtable.c analyze_block): resolve each name given the names bound by
  // enclosing function scopes, then propagate free names up to make cells.
  function analyze(r: Raw, enclosing: Set<string>, className: string | null): Set<string> {
    const info = r.info;
    info.qualname = qualnameOf(info);
    const free = new Set<string>();
    const sym = info.symbols;
    const all = new Set<string>([...r.bound, ...r.used, ...r.globals, ...r.nonlocals]);
    for (const n of all) {
      if (r.globals.has(n)) sym.set(n, Sc.GLOBAL_EXPLICIT);
      else if (r.nonlocals.has(n)) {
        sym.set(n, Sc.FREE);
        free.add(n);
      } else if (r.boundSet.has(n)) sym.set(n, info.kind === "module" ? Sc.GLOBAL_IMPLICIT : Sc.LOCAL);
      else if (enclosing.has(n)) {
        sym.set(n, Sc.FREE);
        free.add(n);
      } else sym.set(n, Sc.GLOBAL_IMPLICIT);
    }
    if (info.kind === "function" && info.parent?.kind === "class" && r.used.has("__class__") && !r.boundSet.has("__class__")) {
      sym.set("__class__", Sc.FREE);
      free.add("__class__");
    }
    // names visible to children
    let childEnclosing = enclosing;
    if (info.kind === "function") {
      childEnclosing = new Set(enclosing);
      for (const n of r.bound) if (sym.get(n) === Sc.LOCAL) childEnclosing.add(n);
      for (const n of r.nonlocals) childEnclosing.add(n);
    } else if (info.kind === "class") {
      childEnclosing = new Set(enclosing);
      childEnclosing.add("__class__");
    }
    const childFree = new Set<string>();
    for (const c of info.children) for (const n of analyze(raws.get(c)!, childEnclosing, info.kind === "class" ? info.name : className)) childFree.add(n);
    for (const n of childFree) {
      const s = sym.get(n);
      if (info.kind === "class" && n === "__class__") {
        info.needsClassClosure = true;
        continue;
      }
      if (info.kind === "function" && s === Sc.LOCAL) sym.set(n, Sc.CELL);
      else if (s === Sc.GLOBAL_EXPLICIT) continue;
      else if (info.kind === "function" && (s === undefined || s === Sc.GLOBAL_IMPLICIT) && enclosing.has(n)) {
        sym.set(n, Sc.FREE);
        free.add(n);
      } else if (info.kind === "class" && enclosing.has(n) && s !== Sc.FREE) {
        free.add(n); // passes through the class (CPython DEF_FREE_CLASS)
      } else if (s === Sc.FREE) free.add(n);
    }
    // derived lists, in CPython's orders
    if (info.kind === "function") {
      const cellParams = info.params.filter((p) => sym.get(p) === Sc.CELL);
      info.varnames = [...info.params, ...r.bound.filter((n) => sym.get(n) === Sc.LOCAL && !info.params.includes(n))];
      info.cellvars = [...cellParams, ...[...sym].filter(([n, s]) => s === Sc.CELL && !cellParams.includes(n)).map(([n]) => n).sort()];
    } else if (info.kind === "class" && info.needsClassClosure) info.cellvars = ["__class__"];
    info.freevars = [...free].sort();
    return free;
  }
  function qualnameOf(info: ScopeInfo): string {
    const p = info.parent;
    if (p === null || p.kind === "module") return info.name;
    const pr = raws.get(p)!;
    // a name declared global in the parent is not nested
    if (pr.globals.has(info.name) || p.symbols.get(info.name) === Sc.GLOBAL_EXPLICIT) return info.name;
    if (p.kind === "function" && !p.isComprehension) return `${p.qualname}.<locals>.${info.name}`;
    return `${p.qualname}.${info.name}`;
  }
  analyze(top, new Set(), null);
  // The symtable (src/symtable) is the authority on scopes: take its answers, keeping
  // from the pass above only what it does not provide (co_names, deleted names).
  const table = buildSymtable(mod, filename);
  for (const [node, info] of out) {
    const ste = table.blocks.get(node as A.Node);
    if (!ste) continue;
    info.symbols = new Map([...ste.scopes].map(([n, sc]) => [n, sc as number as Sc]));
    info.params = [...ste.paramNames];
    info.varnames = [...ste.varnames];
    info.cellvars = [...ste.cellvars];
    info.freevars = [...ste.freevars];
    info.isGenerator = ste.isGenerator;
    info.hasVarargs = ste.hasVarargs;
    info.hasVarkw = ste.hasVarkeywords;
    info.argcount = ste.argcount;
    info.posonlyargcount = ste.posonlyargcount;
    info.kwonlyargcount = ste.kwonlyargcount;
    info.needsClassClosure = ste.needsClassClosure;
  }
  // co_names: attribute and import names, and the names reached by name lookup
  // (every name in module and class bodies, globals in functions)
  for (const [info, r] of raws) {
    const seen = new Set<string>();
    for (const [n, always] of r.seq) {
      const sc = info.symbols.get(n);
      const viaName = info.kind === "function" ? sc === Sc.GLOBAL_IMPLICIT || sc === Sc.GLOBAL_EXPLICIT : sc !== Sc.FREE && sc !== Sc.CELL;
      if ((always || viaName) && !seen.has(n)) {
        seen.add(n);
        info.names.push(n);
      }
    }
  }
  // qualnames again, now that the final scopes are known (compile.c compiler_set_qualname)
  const requal = (info: ScopeInfo): void => {
    info.qualname = qualnameOf(info);
    for (const c of info.children) requal(c);
  };
  for (const c of top.info.children) requal(c);
  return out;
}
