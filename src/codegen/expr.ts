// Expressions to JS expressions. Operators go through small runtime entry points
// (add, lt, ...) with inline fast paths for two JS numbers; calls with 0-3 positional
// arguments use c0..c3, method calls cm0..cm2 (no bound-method allocation).
import type * as A from "../ast/nodes.js";
import type { Compiler } from "./compiler.js";
import { FnCtx, jsName } from "./context.js";
import { Sc } from "./scopes.js";
import { callerWarning, isLiteralOperand, subscriptWarning } from "./literal-warnings.js";
import { planFloat } from "./float-fuse.js";
import { fusedResult } from "./float-unbox.js";
import { smallIntLiteral, inlineIntBinop, inlineIntCompare, inlineIndex, inlineNeg, CMP_RT } from "./int-inline.js";
import { MAX_ITEMS } from "../runtime/mem-limit.js";
import { genexpSm } from "./gen-sm.js";
import { condExpr } from "./cond.js";
import { percentLiteral } from "./percent-literal.js";
import { constSetJs } from "./const-set.js";

const FAST_BIN: Record<string, string> = { Add: "add", Sub: "sub", Mult: "mul", Div: "truediv", Mod: "mod", FloorDiv: "floordiv", BitAnd: "bitand", BitOr: "bitor", BitXor: "bitxor" };

export function compileExpr(c: Compiler, e: A.expr): string {
  switch (e._type) {
    case "Constant":
      return constant(c, e.value);
    case "Name":
      // ast_opt.c folds a load of __debug__ to a constant: rebinding builtins.__debug__ changes nothing
      if (e.id === "__debug__") return (c.opts.optimize ?? 0) >= 1 ? "false" : "true";
      return c.loadName(e.id);
    case "BinOp": {
      // "literal" % (a, b): no tuple (percent-literal.ts)
      const pct = percentLiteral(c, e);
      if (pct !== null) return pct;
      const f = FAST_BIN[e.op._type];
      // float arithmetic over pure operands: one box for the tree (float-fuse.ts)
      const plan = c.fuseOff === 0 ? planFloat(c, e) : null;
      if (plan !== null) c.fuseOff++;
      const l = c.expr(e.left), r = c.expr(e.right);
      const slow = f ? `$R.${f}(${l}, ${r})` : `$R.binop(${l}, ${r}, $R.OPS.${e.op._type})`;
      if (plan === null) {
        // `x op k` with a small int literal k: the int case inline (int-inline.ts)
        const k = f ? smallIntLiteral(e.right) : null;
        return (k !== null && inlineIntBinop(c, e.op._type, l, k, (t) => `$R.${f}(${t}, ${r})`)) || slow;
      }
      c.fuseOff--;
      return `(${plan.cond} ? ${fusedResult(c, null, plan.value)} : ${slow})`;
    }
    case "UnaryOp": {
      // a JS boolean is the Python bool: `not i < n` needs no comparison object (cond.ts).
      // Not for `not (a and b)`: UNARY_NOT tests the and's value, so a falsy `a` has its
      // __bool__ called twice in value context (CPython 3.11), once in an `if`
      if (e.op._type === "Not" && e.operand._type === "Compare") return `!${condExpr(c, e.operand)}`;
      const v = c.expr(e.operand);
      switch (e.op._type) {
        case "Not":
          return `!$R.truthy(${v})`;
        case "USub":
          return inlineNeg(c, e, v);
        case "UAdd":
          return `$R.pos(${v})`;
        case "Invert":
          return `$R.invert(${v})`;
      }
      break;
    }
    case "BoolOp": {
      const t = c.ctx.temp();
      const vals = e.values.map((v) => c.expr(v));
      let out = vals[vals.length - 1];
      for (let i = vals.length - 2; i >= 0; i--) {
        out = e.op._type === "And" ? `($R.truthy(${t} = ${vals[i]}) ? ${out} : ${t})` : `($R.truthy(${t} = ${vals[i]}) ? ${t} : ${out})`;
      }
      return out;
    }
    case "Compare":
      return compare(c, e);
    case "IfExp":
      return `(${condExpr(c, e.test)} ? ${c.expr(e.body)} : ${c.expr(e.orelse)})`;
    case "Call": {
      const w = callerWarning(e.func);
      if (w) c.warn(w, e);
      return call(c, e);
    }
    case "Attribute":
      return `$R.ga(${c.expr(e.value)}, ${JSON.stringify(c.mangled(e.attr))}, ${c.newIC()})`;
    case "Subscript": {
      const sl = e.slice;
      const w = subscriptWarning(e.value, sl);
      if (w) c.warn(w, e);
      // o[a:b]: no slice object on the fast paths (runtime getslice)
      if (sl._type === "Slice" && sl.step === null) return `$R.getslice(${c.expr(e.value)}, ${sl.lower ? c.expr(sl.lower) : "null"}, ${sl.upper ? c.expr(sl.upper) : "null"})`;
      if (sl._type === "Slice") return `$R.getitem(${c.expr(e.value)}, ${c.expr(sl)})`;
      const o = c.expr(e.value);
      return inlineIndex(c, o, sl, c.expr(sl));
    }
    case "Slice":
      return `$R.mkslice(${e.lower ? c.expr(e.lower) : "null"}, ${e.upper ? c.expr(e.upper) : "null"}, ${e.step ? c.expr(e.step) : "null"})`;
    case "List":
      return `$R.newList(${seq(c, e.elts)})`;
    case "Tuple":
      return `$R.tuple(${seq(c, e.elts)})`;
    case "Set":
      return constSetJs(c, e, false) ?? `$R.mkset(${seq(c, e.elts)})`;
    case "Dict": {
      if (e.keys.every((k) => k !== null)) return `$R.mkdict([${e.keys.map((k, i) => `${c.expr(k!)}, ${c.expr(e.values[i])}`).join(", ")}])`;
      const parts = e.keys.map((k, i) => (k === null ? `[${c.expr(e.values[i])}]` : `[${c.expr(k)}, ${c.expr(e.values[i])}]`));
      return `$R.mkdictMerge([${parts.join(", ")}])`;
    }
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return comprehension(c, e);
    case "Lambda":
      c.checkDebugArgs(e.args, e);
      return c.makeFunction(e, "<lambda>");
    case "JoinedStr":
      if (e.values.length === 0) return '""';
      return "(" + e.values.map((v) => (v._type === "Constant" ? JSON.stringify(v.value) : c.expr(v))).join(" + ") + ")";
    case "FormattedValue": {
      const spec = e.format_spec ? c.expr(e.format_spec) : '""';
      return `$R.formatValue(${c.expr(e.value)}, ${e.conversion}, ${spec})`;
    }
    case "Yield":
      if (c.ctx.scope.kind !== "function" || !c.ctx.isGenerator) c.error("'yield' outside function", e);
      // an async generator's own values are wrapped, to tell them from what `await` yields
      if (c.ctx.asyncKind === "agen") return `(yield $R.agWrap(${e.value ? c.expr(e.value) : "null"}))`;
      return `(yield ${e.value ? c.expr(e.value) : "null"})`;
    case "YieldFrom":
      if (c.ctx.scope.kind !== "function" || !c.ctx.isGenerator) c.error("'yield' outside function", e);
      if (c.ctx.asyncKind === "agen" || c.ctx.asyncKind === "coro") c.error("'yield from' inside async function", e);
      return `(yield* $R.yieldFrom(${c.expr(e.value)}))`;
    case "Await": {
      if (!c.ctx.canAwait) {
        if (c.ctx.scope.isComprehension) c.error("asynchronous comprehension outside of an asynchronous function", e);
        if (c.ctx.scope.kind !== "function") c.error("'await' outside function", e);
        c.error("'await' outside async function", e);
      }
      return `(yield* $R.awaitGen(${c.expr(e.value)}))`;
    }
    case "NamedExpr": {
      const t = c.ctx.temp();
      const target = e.target as A.Name;
      const value = c.expr(e.value);
      c.forbidden(target.id, target);
      return `(${t} = ${value}, ${namedStore(c, target.id, t)} ${t})`;
    }
    case "Starred":
      c.error("can't use starred expression here", e);
  }
  return c.error(`unsupported expression ${(e as A.expr)._type}`, e as A.expr);
}

/** A walrus inside a comprehension binds in the enclosing function (PEP 572). */
function namedStore(c: Compiler, name: string, v: string): string {
  const st = c.storeName(name, v);
  // storeName yields a statement; inside an expression use the comma form
  return st.replace(/;\s*$/, ",");
}

function constant(c: Compiler, v: A.Constant["value"]): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "bigint") {
    if (v >= -9007199254740991n && v <= 9007199254740991n) return String(v);
    return `$K[${c.constIndex(v)}]`;
  }
  if (v.kind === "ellipsis") return "$R.Ellipsis";
  return `$K[${c.constIndex(v)}]`;
}

/** Elements of a list/tuple/set display as a JS array expression (starred spread). */
function seq(c: Compiler, elts: A.expr[]): string {
  return "[" + elts.map((x) => (x._type === "Starred" ? `...$R.toArray(${c.expr(x.value)})` : c.expr(x))).join(", ") + "]";
}

function compare(c: Compiler, e: A.Compare): string {
  // compile.c check_compare: one warning at most, for the first `is` with a literal
  let prev = e.left;
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i];
    const right = e.comparators[i];
    if ((op._type === "Is" || op._type === "IsNot") && (isLiteralOperand(prev) || isLiteralOperand(right))) {
      c.warn(op._type === "Is" ? '"is" with a literal. Did you mean "=="?' : '"is not" with a literal. Did you mean "!="?', e);
      break;
    }
    prev = right;
  }
  const one = (op: A.cmpop, l: string, r: string): string => {
    switch (op._type) {
      case "In":
        return `$R.contains(${r}, ${l})`;
      case "NotIn":
        return `!$R.contains(${r}, ${l})`;
      case "Is":
        return `$R.is(${l}, ${r})`;
      case "IsNot":
        return `!$R.is(${l}, ${r})`;
      default:
        return `$R.${CMP_RT[op._type]}(${l}, ${r})`;
    }
  };
  if (e.ops.length === 1) {
    const op = e.ops[0], l = c.expr(e.left), r = c.expr(e.comparators[0]);
    const k = smallIntLiteral(e.comparators[0]);
    return (k !== null && inlineIntCompare(c, op._type, l, k, (t) => one(op, t, r))) || one(op, l, r);
  }
  // a < b < c: each operand evaluated once, stop at the first false result
  const res = c.ctx.temp();
  let left = c.ctx.temp();
  const parts: string[] = [`(${left} = ${c.expr(e.left)}, `];
  let closing = "";
  e.ops.forEach((op, i) => {
    const right = c.ctx.temp();
    const last = i === e.ops.length - 1;
    parts.push(`${right} = ${c.expr(e.comparators[i])}, `);
    if (last) parts.push(one(op, left, right));
    else {
      parts.push(`$R.truthy(${res} = ${one(op, left, right)}) ? (`);
      closing = `) : ${res}` + closing;
    }
    left = right;
  });
  return parts.join("") + closing + ")";
}

/** `super()` with no arguments in a method that has the __class__ cell: the loads of
 * `super` and of the first argument (as call() below compiles them) */
function superZeroParts(c: Compiler, e: A.expr): { sup: string; self: string } | null {
  if (e._type !== "Call" || e.func._type !== "Name" || e.func.id !== "super" || e.args.length || e.keywords.length) return null;
  const s = c.ctx.scope;
  if (s.kind !== "function" || s.symbols.get("__class__") !== Sc.FREE || s.argcount === 0) return null;
  const first = s.params[0];
  return { sup: c.loadName("super"), self: s.symbols.get(first) === Sc.CELL ? `${jsName("c_", first)}.v` : jsName("l_", first) };
}

function call(c: Compiler, e: A.Call): string {
  const seenKw = new Set<string>();
  for (const k of e.keywords) {
    if (k.arg === null) continue;
    c.forbidden(k.arg, e);
    if (seenKw.has(k.arg)) c.error(`keyword argument repeated: ${k.arg}`, k);
    seenKw.add(k.arg);
  }
  const hasStar = e.args.some((a) => a._type === "Starred") || e.keywords.some((k) => k.arg === null);
  // zero-argument super(): the __class__ cell and the first argument of the frame
  if (e.func._type === "Name" && e.func.id === "super" && e.args.length === 0 && e.keywords.length === 0) {
    const s = c.ctx.scope;
    if (s.kind === "function") {
      // super_init_without_args: no positional parameter, then the first one (its cell
      // when captured) unbound, then no __class__ cell
      if (s.argcount === 0) return `$R.superNoArgs(${c.loadName("super")})`;
      const first = s.params[0];
      const self = s.symbols.get(first) === Sc.CELL ? `${jsName("c_", first)}.v` : jsName("l_", first);
      return `$R.superZero(${c.loadName("super")}, ${s.symbols.get("__class__") === Sc.FREE ? "c___class__" : "null"}, ${self})`;
    }
  }
  // globals(), locals(), vars(), dir() read the calling frame
  if (e.func._type === "Name" && FRAME_FUNCS.has(e.func.id) && e.args.length === 0 && e.keywords.length === 0) {
    return `$R.frameCall(${c.loadName(e.func.id)}, $G, () => ${localsDict(c)})`;
  }
  if (e.func._type === "Name" && (e.func.id === "eval" || e.func.id === "exec") && e.keywords.length === 0 && !hasStar && e.args.length >= 1) {
    return `$R.frameEval(${c.loadName(e.func.id)}, $G, () => ${localsDict(c)}, [${e.args.map((a) => c.expr(a)).join(", ")}])`;
  }
  if (hasStar && e.args.length === 1 && e.args[0]._type === "Starred") {
    const a0 = e.args[0] as A.Starred;
    if (e.keywords.length === 0) return `$R.callStarPos(${c.expr(e.func)}, ${c.expr(a0.value)})`;
    if (e.keywords.length === 1 && e.keywords[0].arg === null) return `$R.callStarKw(${c.expr(e.func)}, ${c.expr(a0.value)}, ${c.expr(e.keywords[0].value)})`;
  }
  if (hasStar) {
    const pos = "[" + e.args.map((x) => (x._type === "Starred" ? `[${c.expr(x.value)}, 1]` : `[${c.expr(x)}]`)).join(", ") + "]";
    const kw = e.keywords.map((k) => (k.arg === null ? `[${c.expr(k.value)}]` : `[${JSON.stringify(k.arg)}, ${c.expr(k.value)}]`));
    return `$R.callStar(${c.expr(e.func)}, ${pos}, [${kw.join(", ")}])`;
  }
  const args = e.args.map((a) => c.expr(a));
  const kwvals = e.keywords.map((k) => c.expr(k.value));
  const kwnames = e.keywords.length ? c.kwnamesConst(e.keywords.map((k) => k.arg as string)) : "null";
  if (e.func._type === "Attribute") {
    const name = JSON.stringify(c.mangled(e.func.attr));
    const fast = !e.keywords.length && args.length <= 3 ? superZeroParts(c, e.func.value) : null;
    if (fast !== null) {
      // super().m(...): the method found without a super object (attr-cache.ts superFind),
      // before the arguments as in Python; else the ordinary path below
      const t = c.ctx.temp();
      const rest = args.map((a) => ", " + a).join("");
      return `((${t} = $R.superFind(${fast.sup}, c___class__, ${fast.self}, ${name}, ${args.length}, ${c.newIC()})) !== undefined ? ${t}.$fn(${fast.self}${rest}) : ${methodCall(c.expr(e.func.value), name, args, [], "null", c.newIC())})`;
    }
    return methodCall(c.expr(e.func.value), name, args, kwvals, kwnames, c.newIC());
  }
  const f = c.expr(e.func);
  if (!e.keywords.length && args.length <= 3) return `$R.c${args.length}(${f}${args.map((a) => ", " + a).join("")})`;
  return `$R.callv(${f}, [${[...args, ...kwvals].join(", ")}], ${kwnames})`;
}

/** A JS argument whose evaluation runs no Python code: a literal, a constant of $K, a
 * local (a parameter never deleted cannot fail; another local only raises
 * UnboundLocalError, which then comes before the attribute's error: docs/differences.md). */
const PURE_ARG = /^(?:l_[\w$]+|\(l_([\w$]+) !== undefined \? l_\1 : \$R\.unboundLocal\("[\w]+"\)\)|\$K\[\d+\]|-?\d+|"(?:[^"\\]|\\.)*"|null|true|false)$/;

/** `o.name(args)`: the attribute is looked up before the arguments are evaluated
 * (LOAD_METHOD then the arguments, ceval.c): cmi<N> after lk when the arguments may run
 * code; the one-call cmi<N> when they cannot (the order is then invisible). */
function methodCall(o: string, name: string, args: string[], kwvals: string[], kwnames: string, ic: string): string {
  const pure = args.every((a) => PURE_ARG.test(a)) && kwvals.every((a) => PURE_ARG.test(a));
  const rest = args.map((a) => ", " + a).join("");
  if (!kwvals.length && args.length <= 3) {
    if (pure || args.length === 0) return `$R.cmi${args.length}(${o}, ${name}${rest}, ${ic})`;
    return `$R.cmi${args.length}($R.lk(${o}, ${name}, ${ic}, ${args.length}), ${name}${rest}, ${ic})`;
  }
  if (pure) return `$R.callMethod(${o}, ${name}, [${[...args, ...kwvals].join(", ")}], ${kwnames})`;
  return `$R.cjv($R.lmv(${o}, ${name}, -1), $S.ms, [${[...args, ...kwvals].join(", ")}], ${kwnames})`;
}

const FRAME_FUNCS = new Set(["globals", "locals", "vars", "dir"]);

/** The current frame's locals as a dict expression (PyFrame_FastToLocals). */
function localsDict(c: Compiler): string {
  const s = c.ctx.scope;
  // module code run with its own locals mapping (exec/eval): that mapping
  if (s.kind === "module") return c.nsMode ? "$ns" : "$G";
  if (s.kind === "class") return "$ns";
  const names: string[] = [];
  const vals: string[] = [];
  for (const n of [...s.varnames, ...s.cellvars.filter((x) => !s.varnames.includes(x)), ...s.freevars]) {
    if (n === ".0") continue;
    const sc = s.symbols.get(n);
    names.push(JSON.stringify(n));
    vals.push(sc === Sc.CELL || sc === Sc.FREE ? `${jsName("c_", n)}.v` : jsName("l_", n));
  }
  // one dict per frame, refreshed on each call, as CPython 3.11's f_locals is
  if (!c.ctx.temps.includes("$fl")) c.ctx.temps.push("$fl");
  return `($fl = $R.localsDict([${names.join(", ")}], [${vals.join(", ")}], $fl))`;
}

/** Does a comprehension need to be async: an `async for`, or an `await` in its own
 * scope (nested list/set/dict comprehensions count: they are awaited in it). The
 * first iterable is evaluated outside and does not count (symtable.c ste_coroutine). */
function isAsyncComp(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): boolean {
  if (e.generators.some((g) => g.is_async)) return true;
  const parts: unknown[] = [e.generators.map((g, i) => (i === 0 ? g.ifs : [g.iter, g.ifs, g.target]))];
  if (e._type === "DictComp") parts.push(e.key, e.value);
  else parts.push(e.elt);
  return parts.some(hasAwait);
}
function hasAwait(n: unknown): boolean {
  if (Array.isArray(n)) return n.some(hasAwait);
  if (n === null || typeof n !== "object") return false;
  const t = (n as { _type?: string })._type;
  if (t === undefined) return false;
  if (t === "Await") return true;
  if (t === "Lambda" || t === "FunctionDef" || t === "AsyncFunctionDef" || t === "ClassDef" || t === "GeneratorExp") return false;
  if (t === "ListComp" || t === "SetComp" || t === "DictComp") return isAsyncComp(n as A.ListComp);
  for (const k in n) if (k !== "_type" && hasAwait((n as Record<string, unknown>)[k])) return true;
  return false;
}

function comprehension(c: Compiler, e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): string {
  const scope = c.scopes.get(e)!;
  const names: Record<string, string> = { ListComp: "<listcomp>", SetComp: "<setcomp>", DictComp: "<dictcomp>", GeneratorExp: "<genexpr>" };
  const isAsync = isAsyncComp(e);
  if (isAsync && e._type !== "GeneratorExp" && !c.ctx.canAwait) c.error("asynchronous comprehension outside of an asynchronous function", e);
  const g0 = e.generators[0].iter;
  // a generator made here for a genexp is its own (gen-sm.ts genexpSm closes it)
  const own = g0._type === "Call" || g0._type === "GeneratorExp";
  const first = e.generators[0].is_async ? `$R.aiterOf(${c.expr(g0)})` : `${own ? "$R.getIterTmp($R.genMark(), " : "$R.getIter("}${constSetJs(c, g0, true) ?? c.expr(g0)})`;
  const code = c.addCode(scope, names[e._type], e.lineno);
  const outer = c.ctx;
  c.ctx = new FnCtx(scope, code, outer);
  if (isAsync) {
    c.ctx.asyncKind = e._type === "GeneratorExp" ? "agen" : "comp";
    c.ctx.isGenerator = true;
  }
  // the comprehension's frame starts at its own line (line-track.ts)
  const line = c.line;
  c.line = c.line === 0 ? 0 : e.lineno;
  let inner: string;
  // a plain generator expression: a state machine (gen-sm.ts), no JS generator
  const sm = e._type === "GeneratorExp" && !isAsync ? genexpSm(c, e, jsName("l_", ".0")) : null;
  if (sm !== null) inner = sm;
  else switch (e._type) {
    case "ListComp":
      // push returns the new length: checked against V8's fatal array-size abort (runtime mem-limit.ts)
      inner = `if ($r.a.push(${c.expr(e.elt)}) >= ${MAX_ITEMS}) $R.tooManyItems();`;
      break;
    case "SetComp":
      inner = `$R.setAdd($r, ${c.expr(e.elt)});`;
      break;
    case "DictComp": {
      const k = c.ctx.temp();
      inner = `${k} = ${c.expr(e.key)}; $R.dictSet($r, ${k}, ${c.expr(e.value)});`;
      break;
    }
    case "GeneratorExp":
      inner = isAsync ? `yield $R.agWrap(${c.expr(e.elt)});` : `yield ${c.expr(e.elt)};`;
      break;
  }
  for (let i = sm !== null ? -1 : e.generators.length - 1; i >= 0; i--) {
    const g = e.generators[i];
    const it = c.ctx.temp();
    const v = c.ctx.temp();
    const conds = g.ifs.map((x) => `if (!$R.truthy(${c.expr(x)})) continue;`).join(" ");
    if (g.is_async) {
      const src = i === 0 ? jsName("l_", ".0") : `$R.aiterOf(${c.expr(g.iter)})`;
      inner = `${it} = ${src}; while (true) { try { ${v} = yield* $R.awaitGen($R.anextOf(${it})); } catch ($x) { if ($R.isStopAsync($x)) break; throw $x; } ${c.assign(g.target, v)} ${conds}\n${inner}\n}`;
      // the loop's own async generator is finalized when the loop ends (refcounting)
      if (g.iter._type === "Call" || g.iter._type === "GeneratorExp") inner = `try { ${inner} } finally { $R.acloseTemp(${it}); }`;
    } else {
      const src = i === 0 ? jsName("l_", ".0") : `$R.getIter(${constSetJs(c, g.iter, true) ?? c.expr(g.iter)})`;
      inner = `${it} = ${src}; while ((${v} = ${it}.$next()) !== undefined) { ${c.assign(g.target, v)} ${conds}\n${inner}\n}`;
    }
  }
  c.line = line;
  // a part on another line moves the frame's line: its own `$ln`, so the enclosing
  // frame stays at the comprehension's line in a traceback
  const ownLine = c.ctx.temps.includes("$lt");
  let pro = ownLine ? `let $ln = ${e.lineno};\n` : "";
  const locals: string[] = [];
  for (const [n, sc] of scope.symbols) {
    if (sc === Sc.CELL) pro += `const ${jsName("c_", n)} = new $R.PyCell(undefined);\n`;
    else if (sc === Sc.LOCAL && n !== ".0") locals.push(jsName("l_", n));
  }
  const decl = [...locals, ...c.ctx.temps];
  const lets = decl.length ? `let ${decl.join(", ")};\n` : "";
  c.ctx = outer;
  const param = jsName("l_", ".0");
  // the comprehension is a frame of its own in tracebacks (at the enclosing line)
  const guard = (body: string) => `try {\n${body}\n} catch ($e) { throw $R.tb($e, $C[${code}], $ln); }`;
  // resumed later, the genexp's frame is at its own line, not the enclosing frame's
  if (sm !== null) return `$R.mksm((function (${param}) {\n${pro}${lets}let $st = 0;\nreturn function ($m, $v, $gn) {\ntry {\n${inner}\n} catch ($e) { throw $R.tb($e, $C[${code}], ${ownLine ? "$ln" : e.lineno}); }\n};\n})(${first}), $C[${code}])`;
  if (e._type === "GeneratorExp") return `$R.${isAsync ? "mkagen" : "mkgen"}((function* (${param}) {\n${pro}${lets}${guard(`${inner}\nreturn null;`)}\n})(${first}), $C[${code}])`;
  const init = e._type === "ListComp" ? "$R.newList([])" : e._type === "SetComp" ? "$R.mkset([])" : "$R.mkdict([])";
  // an async comprehension runs inside the coroutine: its awaits yield through `yield*`
  if (isAsync) return `(yield* (function* (${param}) {\n${pro}${lets}const $r = ${init};\n${guard(`${inner}\nreturn $r;`)}\n})(${first}))`;
  return `((${param}) => {\n${pro}${lets}const $r = ${init};\n${guard(`${inner}\nreturn $r;`)}\n})(${first})`;
}
