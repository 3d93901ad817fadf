// code.co_consts, rebuilt on demand from the scope's syntax tree.
//
// pycell has no bytecode, so no constant table is made while compiling. When a program
// reads `co_consts`, the scope's tree is walked once in the order in which CPython
// 3.11's compiler (Python/compile.c) emits its LOAD_CONST-like instructions, after the
// folding its AST optimizer (Python/ast_opt.c) does, with the two later steps that
// change the table: tuples built only from constants (defaults, annotations, match
// keys) are folded by the CFG optimizer and appended at the end
// (fold_tuple_on_constants), and constants no reachable instruction loads are cut from
// the end (trim_unused_consts; the first entry always stays). Code compiled before the
// run (the embedded standard library) has no tree and keeps the short table: None
// for a function, then the nested code objects.
import type * as A from "../ast/nodes.js";
import type { ConstantValue } from "../ast/constant.js";
import { PyFloat, PyComplex, type PyValue } from "./object.js";
import { PyTuple, PyBytes, PySet } from "./containers.js";
import { PyCode } from "./function.js";
import { Ellipsis } from "./types.js";
import { newSet } from "./set.js";
import { OPS, binop, neg, pos, invert, truthy, pyRepr, typeName, pyId } from "./ops.js";
import { getitem } from "./rt.js";

/** The syntax node (FunctionDef, Lambda, ClassDef, comprehension) each code object
 * was compiled from; only code compiled in this process has one. */
const codeNodes = new WeakMap<PyCode, object>();
const done = new WeakSet<PyCode>();
/** modules compiled in "eval" mode: an expression, no trailing `return None` */
const evalModules = new WeakSet<object>();

export function markEvalModule(node: object): void {
  evalModules.add(node);
}

export function setCodeNode(code: PyCode, node: object): void {
  codeNodes.set(code, node);
}

/** The code's co_consts entries (computed the first time, then kept in `consts`). */
export function codeConsts(code: PyCode): PyValue[] {
  if (done.has(code)) return code.consts;
  done.add(code);
  const node = codeNodes.get(code) as A.Node | undefined;
  if (node === undefined || node._type === "Expression" || node._type === "Interactive") return code.consts;
  const kids = new Map<object, PyCode>();
  for (const k of code.consts) if (k instanceof PyCode) {
    const n = codeNodes.get(k);
    if (n !== undefined) kids.set(n, k);
  }
  try {
    code.consts = new ConstTable(kids, code).scope(node);
  } catch {
    // a tree shape this walk does not know: keep the short table
  }
  return code.consts;
}

/** A constant of the syntax tree (or of a compiled unit) as a Python value. */
export function constValue(c: ConstantValue): PyValue {
  if (c === null || typeof c !== "object") {
    if (typeof c === "bigint") return c >= -9007199254740991n && c <= 9007199254740991n ? Number(c) : c;
    return c;
  }
  switch (c.kind) {
    case "float":
      return new PyFloat(c.value);
    case "complex":
      return new PyComplex(0, c.imag);
    case "bytes":
      return new PyBytes(c.value);
    case "ellipsis":
      return Ellipsis;
  }
}

/** Equal entries share one slot, as in compile.c merge_consts_recursive: same type
 * and value (1, 1.0 and True differ; so do 0.0 and -0.0), tuples item by item. */
function constKey(v: PyValue): string {
  if (v instanceof PyTuple) return "(" + v.a.map(constKey).join(",") + ")";
  if (v instanceof PySet) return "{" + [...v.t.keys()].map(constKey).sort().join(",") + "}";
  if (v instanceof PyCode) return "code#" + String(pyId(v));
  if (v instanceof PyFloat) return "float:" + (Object.is(v.v, -0) ? "-0" : pyRepr(v));
  if (v instanceof PyComplex) return `complex:${Object.is(v.re, -0) ? "-0" : v.re},${Object.is(v.im, -0) ? "-0" : v.im}`;
  return typeName(v) + ":" + pyRepr(v);
}

// ast_opt.c limits on what folding may build
const MAX_INT_BITS = 128;
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;

const isIntVal = (v: PyValue): v is number | bigint => typeof v === "number" || typeof v === "bigint";
function bits(v: number | bigint): number {
  const b = typeof v === "bigint" ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  return b === 0n ? 0 : b.toString(2).length;
}
function sized(v: PyValue): number | null {
  if (typeof v === "string") return [...v].length;
  if (v instanceof PyBytes) return v.b.length;
  if (v instanceof PyTuple) return v.a.length;
  if (v instanceof PySet) return v.t.size;
  return null;
}

/** ast_opt.c safe_multiply / safe_power / safe_lshift / safe_mod: operations whose
 * result could be huge (or a str % format) are left to run time. */
function safeBinop(op: string, a: PyValue, b: PyValue): boolean {
  if (op === "Mult") {
    if (isIntVal(a) && isIntVal(b)) return bits(a) === 0 || bits(b) === 0 || bits(a) + bits(b) <= MAX_INT_BITS;
    const [n, s] = isIntVal(a) ? [a, b] : [b, a];
    if (!isIntVal(n)) return true;
    const size = sized(s);
    if (size === null || size === 0 || n <= 0) return true;
    const limit = s instanceof PyTuple || s instanceof PySet ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
    return Number(n) <= Math.floor(limit / size);
  }
  if (op === "Pow" && isIntVal(a) && isIntVal(b)) return b < 0 || bits(a) * Number(b) <= MAX_INT_BITS;
  if (op === "LShift" && isIntVal(a) && isIntVal(b)) return !(b < 0 || Number(b) > MAX_INT_BITS || bits(a) > MAX_INT_BITS - Number(b));
  if (op === "Mod") return !(typeof a === "string" || a instanceof PyBytes);
  return true;
}

/** The value an expression folds to (ast_opt.c astfold_expr), else undefined. */
function fold(e: A.expr): PyValue | undefined {
  switch (e._type) {
    case "Constant":
      return constValue(e.value);
    case "Name":
      return e.id === "__debug__" && e.ctx._type === "Load" ? true : undefined;
    case "UnaryOp": {
      const v = fold(e.operand);
      if (v === undefined) return undefined;
      try {
        switch (e.op._type) {
          case "Not": return !truthy(v);
          case "USub": return neg(v);
          case "UAdd": return pos(v);
          case "Invert": return invert(v);
        }
      } catch {
        return undefined;
      }
      return undefined;
    }
    case "BinOp": {
      const a = fold(e.left);
      if (a === undefined) return undefined;
      const b = fold(e.right);
      if (b === undefined || !safeBinop(e.op._type, a, b)) return undefined;
      try {
        return binop(a, b, OPS[e.op._type]);
      } catch {
        return undefined;
      }
    }
    case "Tuple": {
      if (e.ctx._type !== "Load") return undefined;
      const items: PyValue[] = [];
      for (const x of e.elts) {
        const v = fold(x);
        if (v === undefined) return undefined;
        items.push(v);
      }
      return new PyTuple(items);
    }
    case "Subscript": {
      if (e.ctx._type !== "Load") return undefined;
      const o = fold(e.value);
      const k = o === undefined ? undefined : fold(e.slice);
      if (o === undefined || k === undefined) return undefined;
      try {
        return getitem(o, k);
      } catch {
        return undefined;
      }
    }
    default:
      return undefined;
  }
}

/** ast_opt.c fold_iter (a `for` or comprehension iterable) and the last operand of
 * `in`/`not in`: a list display becomes a tuple, a set of constants a frozenset. */
function asIterConst(e: A.expr): PyValue | undefined {
  if (e._type === "List" || e._type === "Set") {
    const items: PyValue[] = [];
    for (const x of e.elts) {
      const v = fold(x);
      if (v === undefined) return undefined;
      items.push(v);
    }
    return e._type === "List" ? new PyTuple(items) : newSet(items, true);
  }
  return undefined;
}

type FormatPart = { lit: string } | { arg: A.expr; spec: string };

/** ast_opt.c optimize_format: `'...' % (a, b)` whose specifiers are all %s, %r or %a
 * (with '-', a width, a precision) becomes an f-string; the literal pieces and the
 * format specs ('>5', '.3') are its constants. Null when it stays a `%`. */
function percentAsFString(e: A.BinOp): FormatPart[] | null {
  const l = e.left, r = e.right;
  if (e.op._type !== "Mod" || l._type !== "Constant" || typeof l.value !== "string") return null;
  if (r._type !== "Tuple" || r.elts.some((x) => x._type === "Starred") || fold(r) !== undefined) return null;
  const fmt = [...l.value];
  const parts: FormatPart[] = [];
  let lit = "";
  let argi = 0;
  for (let i = 0; i < fmt.length; i++) {
    if (fmt[i] !== "%") {
      lit += fmt[i];
      continue;
    }
    i++;
    if (fmt[i] === "%") {
      lit += "%";
      continue;
    }
    let ljust = false;
    while (i < fmt.length && "-+ #0".includes(fmt[i])) if (fmt[i++] === "-") ljust = true;
    let width = "";
    while (i < fmt.length && fmt[i] >= "0" && fmt[i] <= "9") width += fmt[i++];
    let prec = "";
    if (fmt[i] === ".") {
      i++;
      while (i < fmt.length && fmt[i] >= "0" && fmt[i] <= "9") prec += fmt[i++];
      prec = "." + (prec === "" ? "0" : String(Number(prec)));
    }
    // widths and precisions over two digits are left to run time
    if (Number(width) >= 100 || Number(prec.slice(1)) >= 100) return null;
    if (i >= fmt.length || !"sra".includes(fmt[i]) || argi >= r.elts.length) return null;
    if (lit) parts.push({ lit });
    lit = "";
    const w = width === "" ? "" : String(Number(width));
    parts.push({ arg: r.elts[argi++], spec: (w && !ljust ? ">" : "") + w + prec });
  }
  if (argi !== r.elts.length) return null;
  if (lit) parts.push({ lit });
  return parts;
}

function docstring(body: A.stmt[]): string | null {
  const s = body[0];
  if (s?._type === "Expr" && s.value._type === "Constant" && typeof s.value.value === "string") return s.value.value;
  return null;
}

/** A `break` of this loop (not of a nested one) somewhere in its body. */
function breaks(body: A.stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case "Break":
        return true;
      case "If":
      case "With":
      case "AsyncWith":
        if (breaks(s.body) || ("orelse" in s && breaks(s.orelse))) return true;
        break;
      case "Try":
      case "TryStar":
        if (breaks(s.body) || breaks(s.orelse) || breaks(s.finalbody) || s.handlers.some((h) => breaks(h.body))) return true;
        break;
      case "Match":
        if (s.cases.some((c) => breaks(c.body))) return true;
        break;
      case "For":
      case "AsyncFor":
      case "While":
        if (breaks(s.orelse)) return true;
        break;
    }
  }
  return false;
}

/** What leaving a block early (return/break/continue) runs on the way out
 * (compile.c compiler_unwind_fblock). */
type Frame = { k: "loop" } | { k: "finally"; body: A.stmt[] } | { k: "with" } | { k: "handler" };

class ConstTable {
  private vals: PyValue[] = [];
  private used: boolean[] = [];
  private index = new Map<string, number>();
  private late: [PyValue, boolean][] = [];
  private frames: Frame[] = [];
  /** the instructions being emitted are reachable */
  private live = true;
  private inClass = false;

  constructor(private readonly kids: Map<object, PyCode>, private readonly code: PyCode) {}

  private add(v: PyValue, used = this.live): void {
    const k = constKey(v);
    const i = this.index.get(k);
    if (i !== undefined) {
      if (used) this.used[i] = true;
      return;
    }
    this.index.set(k, this.vals.length);
    this.vals.push(v);
    this.used.push(used);
  }
  /** a BUILD_TUPLE of constants, folded after compilation */
  private addLate(items: PyValue[]): void {
    this.late.push([new PyTuple(items), this.live]);
  }
  private addCode(node: object): void {
    const k = this.kids.get(node);
    if (k !== undefined) this.add(k);
  }

  scope(node: A.Node): PyValue[] {
    switch (node._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        const doc = docstring(node.body);
        this.add(doc);
        this.block(doc === null ? node.body : node.body.slice(1));
        if (this.live) this.add(null);
        break;
      }
      case "Lambda":
        this.add(null);
        this.expr(node.body);
        break;
      case "Module": {
        // compile.c compiler_mod: an "eval" module is its expression; other modules
        // store their docstring in __doc__ first and end with `return None`
        if (evalModules.has(node)) {
          const body = node.body[0];
          if (body?._type === "Expr") this.expr(body.value);
          break;
        }
        this.inClass = true;
        const doc = docstring(node.body);
        if (doc !== null) this.add(doc);
        this.block(doc === null ? node.body : node.body.slice(1));
        this.add(null);
        break;
      }
      case "ClassDef": {
        this.inClass = true;
        this.add(this.code.co_qualname);
        const doc = docstring(node.body);
        if (doc !== null) this.add(doc);
        this.block(doc === null ? node.body : node.body.slice(1));
        // a class that needs __class__ returns its cell instead of None
        if (!this.code.co_cellvars.includes("__class__")) this.add(null);
        break;
      }
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
        this.comprehension(node.generators, 0, () => this.expr(node.elt));
        if (node._type === "GeneratorExp") this.add(null);
        break;
      case "DictComp":
        this.comprehension(node.generators, 0, () => {
          this.expr(node.key);
          this.expr(node.value);
        });
        break;
      default:
        throw new Error("not a scope");
    }
    for (const [v, used] of this.late) this.add(v, used);
    let last = 0;
    for (let i = 0; i < this.used.length; i++) if (this.used[i]) last = i;
    return this.vals.slice(0, last + 1);
  }

  private comprehension(gens: A.comprehension[], i: number, elt: () => void): void {
    const g = gens[i];
    // the first iterable is evaluated by the enclosing scope
    if (i > 0) this.iterable(g.iter);
    if (g.is_async) this.add(null);
    this.target(g.target);
    for (const c of g.ifs) this.test(c);
    if (i + 1 < gens.length) this.comprehension(gens, i + 1, elt);
    else elt();
  }

  private iterable(e: A.expr): void {
    const c = asIterConst(e);
    if (c !== undefined) this.add(c);
    else this.expr(e);
  }

  private block(body: A.stmt[]): boolean {
    for (const s of body) this.stmt(s);
    return this.live;
  }

  /** compile.c compiler_unwind_fblock_stack: run what the frames up to (not
   * including) the innermost loop, or all of them, do when left early. */
  private unwind(toLoop: boolean): void {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i];
      if (f.k === "loop") {
        if (toLoop) return;
      } else if (f.k === "finally") {
        const saved = this.frames;
        this.frames = saved.slice(0, i);
        this.block(f.body);
        this.frames = saved;
      } else this.add(null);
    }
  }

  private withFrame(f: Frame, body: A.stmt[]): boolean {
    this.frames.push(f);
    try {
      return this.block(body);
    } finally {
      this.frames.pop();
    }
  }

  private stmt(s: A.stmt): void {
    let folded: PyValue | undefined;
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        for (const d of s.decorator_list) this.expr(d);
        this.defaults(s.args);
        this.annotations(s.args, s.returns);
        this.addCode(s);
        return;
      case "ClassDef":
        for (const d of s.decorator_list) this.expr(d);
        this.addCode(s);
        this.add(s.name);
        this.callArgs(s.bases, s.keywords);
        return;
      case "Return": {
        if (s.value === null) {
          this.unwind(false);
          this.add(null);
        } else if ((folded = fold(s.value)) !== undefined) {
          // a constant return value is loaded after the unwinding (compiler_return)
          this.unwind(false);
          this.add(folded);
        } else {
          this.expr(s.value);
          this.unwind(false);
        }
        this.live = false;
        return;
      }
      case "Delete":
        for (const t of s.targets) this.target(t);
        return;
      case "Assign":
        this.expr(s.value);
        for (const t of s.targets) this.target(t);
        return;
      case "AugAssign":
        this.target(s.target);
        this.expr(s.value);
        return;
      case "AnnAssign": {
        if (s.value !== null) this.expr(s.value);
        // annotations are evaluated and stored in a class body, not in a function
        const inFunction = !this.inClass;
        if (s.target._type === "Name") {
          if (s.simple && !inFunction) {
            this.expr(s.annotation);
            this.add(s.target.id);
          }
        } else {
          if (s.value === null) this.target(s.target);
          if (!inFunction) this.expr(s.annotation);
        }
        return;
      }
      case "For":
      case "AsyncFor": {
        const base = this.live;
        this.iterable(s.iter);
        if (s._type === "AsyncFor") this.add(null);
        this.target(s.target);
        this.withFrame({ k: "loop" }, s.body);
        this.live = base;
        this.block(s.orelse);
        this.live = base;
        return;
      }
      case "While": {
        const base = this.live;
        const t = fold(s.test);
        if (t !== undefined) this.add(t, false);
        else this.test(s.test);
        this.live = base && (t === undefined || truthy(t));
        this.withFrame({ k: "loop" }, s.body);
        this.live = base && (t === undefined || !truthy(t));
        this.block(s.orelse);
        this.live = t !== undefined && truthy(t) ? base && breaks(s.body) : base;
        return;
      }
      case "If": {
        const base = this.live;
        const t = fold(s.test);
        if (t !== undefined) this.add(t, false);
        else this.test(s.test);
        this.live = base && (t === undefined || truthy(t));
        const bodyFalls = this.block(s.body);
        this.live = base && (t === undefined || !truthy(t));
        const elseFalls = this.block(s.orelse);
        this.live = bodyFalls || elseFalls;
        return;
      }
      case "With":
      case "AsyncWith": {
        const base = this.live;
        for (const it of s.items) {
          this.expr(it.context_expr);
          if (s._type === "AsyncWith") this.add(null);
          if (it.optional_vars !== null) this.target(it.optional_vars);
        }
        this.withFrame({ k: "with" }, s.body);
        // the normal exit: __exit__(None, None, None)
        this.add(null);
        this.live = base;
        return;
      }
      case "Match": {
        const base = this.live;
        this.expr(s.subject);
        for (const c of s.cases) {
          this.live = base;
          this.pattern(c.pattern);
          if (c.guard !== null) this.test(c.guard);
          this.block(c.body);
        }
        this.live = base;
        return;
      }
      case "Raise":
        if (s.exc !== null) this.expr(s.exc);
        if (s.cause !== null) this.expr(s.cause);
        this.live = false;
        return;
      case "Try":
      case "TryStar": {
        const base = this.live;
        const fin: Frame | null = s.finalbody.length ? { k: "finally", body: s.finalbody } : null;
        if (fin) this.frames.push(fin);
        let falls = this.block(s.body);
        falls = this.block(s.orelse) && falls;
        for (const h of s.handlers) {
          this.live = base;
          if (h.type !== null) this.expr(h.type);
          if (h.name !== null) {
            const hf = this.withFrame({ k: "handler" }, h.body);
            // `name = None; del name` after the handler body
            this.add(null);
            falls = falls || hf;
          } else falls = this.block(h.body) || falls;
        }
        if (fin) this.frames.pop();
        if (s.finalbody.length) {
          this.live = base;
          const ff = this.block(s.finalbody);
          this.live = base && falls && ff;
        } else this.live = base && falls;
        return;
      }
      case "Assert":
        this.test(s.test);
        if (s.msg !== null) this.expr(s.msg);
        return;
      case "Import":
        for (let i = 0; i < s.names.length; i++) {
          this.add(0);
          this.add(null);
        }
        return;
      case "ImportFrom":
        this.add(s.level ?? 0);
        this.add(new PyTuple(s.names.map((a) => a.name)));
        return;
      case "Expr":
        // a constant statement (a string, `...`) compiles to nothing
        if (fold(s.value) === undefined) this.expr(s.value);
        return;
      case "Break":
      case "Continue":
        this.unwind(true);
        this.live = false;
        return;
      case "Global":
      case "Nonlocal":
      case "Pass":
        return;
    }
  }

  /** An assignment or deletion target: what it evaluates before storing. */
  private target(t: A.expr): void {
    switch (t._type) {
      case "Attribute":
        this.expr(t.value);
        return;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        return;
      case "Tuple":
      case "List":
        for (const x of t.elts) this.target(x);
        return;
      case "Starred":
        this.target(t.value);
        return;
      default:
        return;
    }
  }

  /** Positional defaults (one tuple, folded when all are constants), then keyword-only
   * defaults (values, then the tuple of their names: BUILD_CONST_KEY_MAP). */
  private defaults(a: A.arguments): void {
    if (a.defaults.length) {
      const vals: PyValue[] = [];
      for (const d of a.defaults) {
        const v = fold(d);
        if (v !== undefined) vals.push(v);
        this.expr(d);
      }
      if (vals.length === a.defaults.length) this.addLate(vals);
    }
    const names: string[] = [];
    a.kwonlyargs.forEach((arg, i) => {
      const d = a.kw_defaults[i];
      if (d === null || d === undefined) return;
      this.expr(d);
      names.push(arg.arg);
    });
    if (names.length) this.add(new PyTuple(names));
  }

  /** compile.c compiler_visit_annotations: name and annotation pairs, in the order
   * args, posonlyargs, *args, kwonlyargs, **kwargs, return; one tuple. */
  private annotations(a: A.arguments, returns: A.expr | null): void {
    const pairs: [string, A.expr][] = [];
    for (const x of [...a.args, ...a.posonlyargs]) if (x.annotation) pairs.push([x.arg, x.annotation]);
    if (a.vararg?.annotation) pairs.push([a.vararg.arg, a.vararg.annotation]);
    for (const x of a.kwonlyargs) if (x.annotation) pairs.push([x.arg, x.annotation]);
    if (a.kwarg?.annotation) pairs.push([a.kwarg.arg, a.kwarg.annotation]);
    if (returns !== null) pairs.push(["return", returns]);
    if (!pairs.length) return;
    const flat: PyValue[] = [];
    let allConst = true;
    for (const [name, ann] of pairs) {
      this.add(name);
      flat.push(name);
      const v = fold(ann);
      if (v === undefined) allConst = false;
      else flat.push(v);
      this.expr(ann);
    }
    if (allConst) this.addLate(flat);
  }

  /** A call's arguments (compile.c compiler_call_helper). */
  private callArgs(args: A.expr[], keywords: A.keyword[]): void {
    const starred = args.some((x) => x._type === "Starred");
    const dstar = keywords.some((k) => k.arg === null);
    if (!starred && !dstar) {
      for (const x of args) this.expr(x);
      for (const k of keywords) this.expr(k.value);
      if (keywords.length) this.add(new PyTuple(keywords.map((k) => k.arg as string)));
      return;
    }
    // CALL_FUNCTION_EX: a positional tuple (a list when something is unpacked)...
    if (starred) for (const x of args) this.expr(x);
    else {
      const vals: PyValue[] = [];
      for (const x of args) {
        const v = fold(x);
        if (v !== undefined) vals.push(v);
        this.expr(x);
      }
      if (vals.length === args.length) this.addLate(vals);
    }
    // ...and a dict of the keywords, in runs between `**` (compiler_subkwargs)
    let run: A.keyword[] = [];
    const flush = () => {
      if (run.length > 1) {
        for (const k of run) this.expr(k.value);
        this.add(new PyTuple(run.map((k) => k.arg as string)));
      } else for (const k of run) {
        this.add(k.arg as string);
        this.expr(k.value);
      }
      run = [];
    };
    for (const k of keywords) {
      if (k.arg === null) {
        flush();
        this.expr(k.value);
      } else run.push(k);
    }
    flush();
  }

  private pattern(p: A.pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.expr(p.value);
        return;
      case "MatchSingleton":
        this.add(constValue(p.value));
        return;
      case "MatchSequence": {
        const star = p.patterns.findIndex((x) => x._type === "MatchStar");
        const n = p.patterns.length;
        if (star < 0) this.add(n);
        else if (n - 1 > 0) this.add(n - 1);
        for (const x of p.patterns) this.pattern(x);
        return;
      }
      case "MatchMapping": {
        // a bare `{}` only checks the kind (compiler_pattern_mapping)
        if (!p.keys.length && p.rest === null) return;
        if (p.keys.length) this.add(p.keys.length);
        const keys: PyValue[] = [];
        for (const k of p.keys) {
          const v = fold(k);
          if (v !== undefined) keys.push(v);
          this.expr(k);
        }
        if (keys.length === p.keys.length) this.addLate(keys);
        for (const x of p.patterns) this.pattern(x);
        return;
      }
      case "MatchClass":
        this.expr(p.cls);
        this.add(new PyTuple(p.kwd_attrs));
        for (const x of p.patterns) this.pattern(x);
        for (const x of p.kwd_patterns) this.pattern(x);
        return;
      case "MatchAs":
        if (p.pattern !== null) this.pattern(p.pattern);
        return;
      case "MatchOr":
        for (const x of p.patterns) this.pattern(x);
        return;
      case "MatchStar":
        return;
    }
  }

  /** A list, tuple or set display (compile.c starunpack_helper). */
  private display(elts: A.expr[], kind: "List" | "Tuple" | "Set"): void {
    if (elts.length > 2 && !elts.some((x) => x._type === "Starred")) {
      const vals: PyValue[] = [];
      for (const x of elts) {
        const v = fold(x);
        if (v === undefined) break;
        vals.push(v);
      }
      if (vals.length === elts.length) {
        this.add(kind === "Set" ? newSet(vals, true) : new PyTuple(vals));
        return;
      }
    }
    for (const x of elts) this.expr(x);
  }

  /** A condition compiled as jumps (compile.c compiler_jump_if): `x is None` there
   * becomes POP_JUMP_IF_NONE, which loads no None. */
  private test(e: A.expr): void {
    if (fold(e) !== undefined) return this.expr(e);
    switch (e._type) {
      case "UnaryOp":
        if (e.op._type === "Not") return this.test(e.operand);
        break;
      case "BoolOp":
        for (const x of e.values) this.test(x);
        return;
      case "IfExp":
        this.test(e.test);
        this.test(e.body);
        this.test(e.orelse);
        return;
      case "Compare":
        if (e.ops.length === 1 && (e.ops[0]._type === "Is" || e.ops[0]._type === "IsNot") && fold(e.comparators[0]) === null) {
          this.expr(e.left);
          this.add(null, false);
          return;
        }
        break;
    }
    this.expr(e);
  }

  private expr(e: A.expr): void {
    const c = fold(e);
    if (c !== undefined) {
      this.add(c);
      return;
    }
    switch (e._type) {
      case "BoolOp":
        for (const x of e.values) this.expr(x);
        return;
      case "NamedExpr":
        this.expr(e.value);
        return;
      case "BinOp": {
        const parts = percentAsFString(e);
        if (parts === null) {
          this.expr(e.left);
          this.expr(e.right);
        } else for (const p of parts) {
          if ("lit" in p) this.add(p.lit);
          else {
            this.expr(p.arg);
            if (p.spec) this.add(p.spec);
          }
        }
        return;
      }
      case "UnaryOp":
        this.expr(e.operand);
        return;
      case "Lambda":
        this.defaults(e.args);
        this.addCode(e);
        return;
      case "IfExp": {
        const base = this.live;
        const t = fold(e.test);
        if (t !== undefined) this.add(t, false);
        else this.test(e.test);
        this.live = base && (t === undefined || truthy(t));
        this.expr(e.body);
        this.live = base && (t === undefined || !truthy(t));
        this.expr(e.orelse);
        this.live = base;
        return;
      }
      case "Dict": {
        let run: [A.expr, A.expr][] = [];
        const flush = () => {
          const keys = run.map(([k]) => fold(k));
          if (run.length > 1 && keys.every((k) => k !== undefined)) {
            for (const [, v] of run) this.expr(v);
            this.add(new PyTuple(keys as PyValue[]));
          } else for (const [k, v] of run) {
            this.expr(k);
            this.expr(v);
          }
          run = [];
        };
        e.keys.forEach((k, i) => {
          if (k === null) {
            flush();
            this.expr(e.values[i]);
          } else run.push([k, e.values[i]]);
        });
        flush();
        return;
      }
      case "Set":
      case "List":
      case "Tuple":
        this.display(e.elts, e._type);
        return;
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp": {
        this.addCode(e);
        this.iterable(e.generators[0].iter);
        // an asynchronous list/set/dict comprehension is awaited where it is used
        const k = this.kids.get(e);
        if (e._type !== "GeneratorExp" && k !== undefined && k.co_flags & 0x80) this.add(null);
        return;
      }
      case "Await":
      case "YieldFrom":
        this.expr(e.value);
        this.add(null);
        return;
      case "Yield":
        if (e.value !== null) this.expr(e.value);
        else this.add(null);
        return;
      case "Compare":
        this.expr(e.left);
        e.comparators.forEach((x, i) => {
          const last = i === e.comparators.length - 1 && (e.ops[i]._type === "In" || e.ops[i]._type === "NotIn");
          const v = last ? asIterConst(x) : undefined;
          if (v !== undefined) this.add(v);
          else this.expr(x);
        });
        return;
      case "Call":
        this.expr(e.func);
        this.callArgs(e.args, e.keywords);
        return;
      case "FormattedValue":
        this.expr(e.value);
        if (e.format_spec !== null) this.expr(e.format_spec);
        return;
      case "JoinedStr":
        for (const x of e.values) this.expr(x);
        return;
      case "Attribute":
        this.expr(e.value);
        return;
      case "Subscript":
        this.expr(e.value);
        this.expr(e.slice);
        return;
      case "Starred":
        this.expr(e.value);
        return;
      case "Slice":
        if (e.lower !== null) this.expr(e.lower);
        else this.add(null);
        if (e.upper !== null) this.expr(e.upper);
        else this.add(null);
        if (e.step !== null) this.expr(e.step);
        return;
      default:
        return;
    }
  }
}
