// PEP 657 traceback markers (3.11): the `^^^^` / `~~^~~` line under a frame's
// source line. CPython knows the position of the instruction that raised; pycell
// records no positions at run time (a normal run pays nothing), so the node is found
// after the fact: on the traceback's line, the node that can have raised this
// exception (innermost frame) or called the next frame (outer frames). When that is
// not certain, no marker line is printed: never a wrong one.
// Rendering follows Lib/traceback.py StackSummary.format_frame_summary and
// _extract_caret_anchors_from_line_segment.
import type * as A from "../ast/nodes.js";
import { parseModule } from "../parser/index.js";

type Pos = { lineno: number; col_offset: number; end_lineno?: number | null; end_col_offset?: number | null };
type N = A.Node & Pos;

const astCache = new Map<string, Map<number, N[]> | null>();
// decorator expressions of every parsed file: the call of a decorator is located
// at its expression (compile.c compiler_apply_decorators)
const decoratorNodes = new WeakSet<object>();

/** Every node with a position, by first line, for one compiled file. */
function nodesByLine(filename: string, lines: string[]): Map<number, N[]> | null {
  let m = astCache.get(filename);
  if (m !== undefined) return m;
  m = null;
  try {
    const mod = parseModule(lines.join("\n"), filename);
    m = new Map();
    const visit = (x: unknown): void => {
      if (Array.isArray(x)) {
        for (const y of x) visit(y);
        return;
      }
      if (x === null || typeof x !== "object" || (x as { _type?: string })._type === undefined) return;
      const n = x as N;
      const decos = (n as { decorator_list?: unknown }).decorator_list;
      if (Array.isArray(decos)) for (const d of decos) decoratorNodes.add(d as object);
      if (typeof n.lineno === "number") {
        let l = m!.get(n.lineno);
        if (!l) m!.set(n.lineno, (l = []));
        l.push(n);
      }
      for (const k in n) if (k !== "_type") visit((n as unknown as Record<string, unknown>)[k]);
    };
    visit(mod.body);
  } catch {
    m = null;
  }
  astCache.set(filename, m);
  return m;
}

const OP_DUNDER: Record<string, string> = {
  Add: "add", Sub: "sub", Mult: "mul", Div: "truediv", FloorDiv: "floordiv", Mod: "mod", Pow: "pow",
  MatMult: "matmul", LShift: "lshift", RShift: "rshift", BitAnd: "and", BitOr: "or", BitXor: "xor",
};
const OP_SYMBOL: Record<string, string> = {
  Add: "+", Sub: "-", Mult: "*", Div: "/", FloorDiv: "//", Mod: "%", Pow: "** or pow()",
  MatMult: "@", LShift: "<<", RShift: ">>", BitAnd: "&", BitOr: "|", BitXor: "^",
};
const COMP_NAMES: Record<string, string> = { "<listcomp>": "ListComp", "<setcomp>": "SetComp", "<dictcomp>": "DictComp", "<genexpr>": "GeneratorExp" };
const COMP_TYPES: Record<string, true> = { ListComp: true, SetComp: true, DictComp: true, GeneratorExp: true };

function calleeName(c: A.Call): string | null {
  if (c.func._type === "Name") return c.func.id;
  if (c.func._type === "Attribute") return c.func.attr;
  return null;
}
function only<T>(xs: T[]): T | null {
  return xs.length === 1 ? xs[0] : null;
}

/** The node whose instruction called the frame named `callee`. */
function callerNode(nodes: N[], callee: string): N | null {
  const calls = nodes.filter((n): n is N & A.Call => n._type === "Call");
  const named = calls.filter((c) => calleeName(c) === callee);
  if (named.length) return only(named);
  const decos = nodes.filter((n) => decoratorNodes.has(n));
  if (decos.length) return only(decos);
  const comp = COMP_NAMES[callee];
  if (comp) return only(nodes.filter((n) => n._type === comp));
  const m = /^__(r?)(\w+?)__$/.exec(callee);
  if (m) {
    const name = m[2];
    // __exit__ is called by the with statement itself: its whole line, so no marker
    if (name === "exit" || name === "aexit") return null;
    if (name === "getitem") return only(nodes.filter((n) => n._type === "Subscript"));
    const ops = nodes.filter((n) => n._type === "BinOp" && OP_DUNDER[(n as A.BinOp).op._type] === name);
    if (ops.length) return only(ops);
    if (["eq", "ne", "lt", "le", "gt", "ge", "contains"].includes(name)) return only(nodes.filter((n) => n._type === "Compare"));
    if (name === "init" || name === "new" || name === "call") return only(calls);
  }
  const attrs = nodes.filter((n) => n._type === "Attribute" && (n as A.Attribute).attr === callee);
  if (attrs.length) return only(attrs);
  // a frame under another name (a decorator's wrapper, an alias): these builtins
  // reach Python code only through dunder methods, so they did not call it
  if (!/^__\w+__$/.test(callee)) return only(calls.filter((c) => !DUNDER_ONLY_CALLERS.has(calleeName(c) ?? "")));
  return only(calls);
}
const DUNDER_ONLY_CALLERS = new Set(["print", "len", "str", "repr", "isinstance", "issubclass", "type", "id", "abs", "hash", "bool", "int", "float", "format", "chr", "ord", "callable", "round", "divmod", "hex", "oct", "bin", "dir", "vars", "globals", "locals"]);

function within(inner: N, outer: N): boolean {
  if (inner === outer || outer.end_lineno == null || outer.end_col_offset == null || inner.end_lineno == null || inner.end_col_offset == null) return false;
  const startsAfter = inner.lineno > outer.lineno || (inner.lineno === outer.lineno && inner.col_offset >= outer.col_offset);
  const endsBefore = inner.end_lineno < outer.end_lineno || (inner.end_lineno === outer.end_lineno && inner.end_col_offset <= outer.end_col_offset);
  return startsAfter && endsBefore;
}

/** What resumed the generator frame `callee` on this line: the innermost call
 * other than the one that created it (list(gen()), next(g), sum(x for x in xs)),
 * else the comprehension iterating it. A `for` statement's FOR_ITER has the
 * statement's location: no marker. */
function consumerNode(nodes: N[], callee: string): N | null {
  if (nodes.some((n) => n._type === "For" || n._type === "AsyncFor")) return null;
  let calls = nodes.filter((n): n is N & A.Call => n._type === "Call" && calleeName(n) !== callee);
  if (callee === "<genexpr>") {
    const feeding = calls.filter((c) => c.args.some((a) => a._type === "GeneratorExp"));
    if (feeding.length) calls = feeding;
  }
  if (calls.length) return only(calls.filter((c) => !calls.some((d) => within(d, c))));
  return only(nodes.filter((n) => n._type in COMP_TYPES));
}

// ZeroDivisionError's built-in messages name the operator (int_true_divide, long_div,
// long_mod, float_div, float_floor_div, float_rem, complex_div, float_pow)
const ZERO_DIV_OPS: Record<string, string[]> = {
  "division by zero": ["Div"], "float division by zero": ["Div"], "complex division by zero": ["Div"],
  "integer division or modulo by zero": ["FloorDiv"], "float floor division by zero": ["FloorDiv"],
  "integer modulo by zero": ["Mod"], "float modulo": ["Mod"],
  "0.0 cannot be raised to a negative power": ["Pow"],
};

/** The node whose instruction raised an exception of type `type` with message `msg`. */
function raiserNode(nodes: N[], stmt: N | undefined, type: string, msg: string): N | null {
  if (stmt?._type === "Raise") return stmt;
  if (stmt?._type === "Assert") return assertDecider((stmt as A.Assert).test);
  const of = (t: string) => nodes.filter((n) => n._type === t);
  const binops = (pred: (op: string) => boolean) => nodes.filter((n) => n._type === "BinOp" && pred((n as A.BinOp).op._type));
  let m: RegExpExecArray | null;
  switch (type) {
    case "ZeroDivisionError": {
      const ops = ZERO_DIV_OPS[msg];
      if (ops) return only(binops((op) => ops.includes(op)));
      return only(binops((op) => op === "Div" || op === "FloorDiv" || op === "Mod"));
    }
    case "IndexError": {
      // a slice or a str key cannot be what raised "index out of range"
      const subs = of("Subscript").filter((n) => {
        const k = (n as A.Subscript).slice;
        return k._type !== "Slice" && !(k._type === "Constant" && typeof k.value === "string");
      });
      // no subscript: a method raised it (`stack.pop()`)
      return subs.length ? only(subs) : raisingCall(nodes);
    }
    case "KeyError": {
      const subs = of("Subscript");
      const keyed = subs.filter((n) => constRepr((n as A.Subscript).slice) === msg);
      if (keyed.length) return only(keyed);
      return only(subs.filter((n) => constRepr((n as A.Subscript).slice) === null));
    }
    case "ValueError":
      if (/values to unpack/.test(msg)) return unpackTarget(stmt, nodes);
      return namedCall(nodes, msg) ?? raisingCall(nodes) ?? loneAccess(nodes);
    case "NameError":
    case "UnboundLocalError":
      if ((m = /'([^']+)'/.exec(msg))) {
        // `x = x + 1`: the load raised, not the store (an AugAssign target is Store
        // and is the one that raises there)
        const named = nodes.filter((n) => n._type === "Name" && (n as A.Name).id === m![1]);
        const loads = named.filter((n) => (n as A.Name).ctx._type !== "Store");
        return only(loads.length ? loads : named);
      }
      return null;
    case "AttributeError":
      if ((m = /has no attribute '([^']+)'/.exec(msg))) return only(nodes.filter((n) => n._type === "Attribute" && (n as A.Attribute).attr === m![1]));
      return null;
    case "TypeError": {
      if ((m = /^unsupported operand type\(s\) for (.+?): /.exec(msg))) {
        const sym = m[1];
        return only(binops((op) => OP_SYMBOL[op] === sym));
      }
      if (/^can only concatenate /.test(msg)) return only(binops((op) => op === "Add"));
      if (/^cannot unpack non-iterable/.test(msg)) return unpackTarget(stmt, nodes);
      if (/^%.? format: |^not all arguments converted|^not enough arguments for format string/.test(msg)) return only(binops((op) => op === "Mod"));
      if (/^can't multiply sequence/.test(msg)) return only(binops((op) => op === "Mult"));
      if (/not supported between instances of/.test(msg)) {
        // list.sort / sorted / min / max compare inside the call
        const sorting = nodes.filter((n) => n._type === "Call" && ["sorted", "sort", "min", "max"].includes(calleeName(n as A.Call) ?? ""));
        return only([...of("Compare"), ...sorting]);
      }
      if (/^bad operand type for unary /.test(msg)) return only(of("UnaryOp"));
      if (/object is not subscriptable|object does not support item assignment/.test(msg)) return only(of("Subscript"));
      if ((m = /^(\w+)\(\) (takes|missing|got)/.exec(msg))) {
        const named = nodes.filter((n) => n._type === "Call" && calleeName(n as A.Call) === m![1]);
        if (named.length) return only(named);
      }
      if (/object is not iterable/.test(msg)) {
        const comps = nodes.filter((n) => n._type in COMP_TYPES);
        return comps.length ? only(comps) : null;
      }
      return namedCall(nodes, msg) ?? raisingCall(nodes);
    }
    default:
      return namedCall(nodes, msg) ?? raisingCall(nodes);
  }
}

/** A line without calls whose one attribute load or subscript is the only thing
 * that can raise (`c.cell_contents` of an empty cell: a getter raised). */
function loneAccess(nodes: N[]): N | null {
  if (nodes.some((n) => n._type === "Call")) return null;
  return only(nodes.filter((n) => (n._type === "Attribute" || n._type === "Subscript") && (n as A.Attribute).ctx._type === "Load"));
}

/** The call that raised in this frame: the only call, or the only one besides
 * `print` (whose own failures are rare; its arguments' calls raise). */
function raisingCall(nodes: N[]): N | null {
  const calls = nodes.filter((n): n is N & A.Call => n._type === "Call");
  return only(calls) ?? only(calls.filter((c) => calleeName(c) !== "print"));
}

/** A built-in's own message names it ("int() argument must be...", "super(type,
 * obj): ...", "invalid literal for int() with base 10"): the one call of that name. */
function namedCall(nodes: N[], msg: string): N | null {
  const m = /^(\w+)\(/.exec(msg) ?? /\b(\w+)\(\)/.exec(msg);
  if (!m) return null;
  return only(nodes.filter((n) => n._type === "Call" && calleeName(n as A.Call) === m[1]));
}

/** The node an assert's failure points at: its conditional jump is located at a
 * comparison (the last operand of `or`, through `not`); any other test leaves the
 * statement's own location, which gets no marker. `and`/`if-else` tests depend on
 * which operand decided: unknown here. */
function assertDecider(test: A.expr): N | null {
  if (test._type === "Compare") return test as N;
  if (test._type === "UnaryOp" && test.op._type === "Not") return assertDecider(test.operand);
  if (test._type === "BoolOp" && test.op._type === "Or") return assertDecider(test.values[test.values.length - 1]);
  return null;
}

/** Python repr of a simple constant subscript key, or null for other keys. */
function constRepr(e: A.expr): string | null {
  if (e._type !== "Constant") return null;
  const v = e.value;
  if (typeof v === "string") return /['\\\n\r\t]|[^\x20-\x7e]/.test(v) ? "?" : `'${v}'`;
  if (typeof v === "bigint") return String(v);
  return "?";
}
/** The target of `a, b = value` (UNPACK_SEQUENCE's position). */
function unpackTarget(stmt: N | undefined, nodes: N[]): N | null {
  // a `for` target or a comprehension's: the one tuple/list stored to on the line
  if (stmt?._type !== "Assign") return only(nodes.filter((n) => (n._type === "Tuple" || n._type === "List") && (n as A.Tuple).ctx._type === "Store"));
  const ts = (stmt as A.Assign).targets.filter((t) => t._type === "Tuple" || t._type === "List");
  return only(ts) as N | null;
}

function byteToChar(line: string, offset: number): number {
  const bytes = new TextEncoder().encode(line).subarray(0, offset);
  return [...new TextDecoder().decode(bytes)].length;
}

/** The nodes of a line that the frame `frameName` runs: a comprehension's frame runs
 * its loops and body but not its first iterable (the enclosing frame evaluates it),
 * a lambda's frame its body. Other frames, or no such node on the line: all. */
function ownNodes(nodes: N[], frameName: string): N[] {
  if (frameName === "<lambda>") {
    const bodies = nodes.filter((n) => n._type === "Lambda").map((n) => (n as A.Lambda).body as A.expr & N);
    return bodies.length ? nodes.filter((x) => bodies.some((b) => x === b || within(x, b))) : nodes;
  }
  const comp = COMP_NAMES[frameName];
  if (comp === undefined) return nodes;
  const comps = nodes.filter((n) => n._type === comp) as (N & A.ListComp)[];
  if (!comps.length) return nodes;
  return nodes.filter((x) => comps.some((c) => {
    const iter = c.generators[0].iter as A.expr & N;
    // the comprehension node itself: its loop (FOR_ITER) carries its location
    return x === c || (within(x, c) && x !== iter && !within(x, iter));
  }));
}

/** The marker line for one frame, or "" (format_frame_summary's rules). */
export function caretLine(filename: string, lines: string[], lineno: number, callee: string | null, exc: { type: string; msg: string } | null, calleeFlags = 0, frameName = ""): string {
  const src = lines[lineno - 1];
  if (src === undefined || !src.trim()) return "";
  const byLine = nodesByLine(filename, lines);
  if (!byLine) return "";
  const nodes = ownNodes(byLine.get(lineno) ?? [], frameName);
  const stmt = nodes.find((n) => n._type === "Raise" || n._type === "Assert" || n._type === "Assign");
  let node: N | null = null;
  if (callee !== null) {
    // a generator's or coroutine's frame runs under what resumed it: an `await` or
    // `yield from` of it on this line, else something unknown (a for loop, list()...)
    if (calleeFlags & 0x3a0) {
      const t = calleeFlags & 0x180 ? "Await" : "YieldFrom";
      // the awaited value: a call of the callee, a generator expression (`yield from
      // (x for ...)`), or a name/attribute holding the object (`await task`)
      const waits = nodes.filter((n) => {
        if (n._type !== t) return false;
        const v = (n as A.Await).value;
        return v._type === "Call" ? calleeName(v) === callee : v._type === COMP_NAMES[callee] || v._type === "Name" || v._type === "Attribute";
      });
      node = waits.length || (calleeFlags & 0x3a0) !== 0x20 ? only(waits) : consumerNode(nodes, callee);
    } else node = callerNode(nodes, callee);
  } else if (exc !== null) node = raiserNode(nodes, stmt, exc.type, exc.msg);
  if (!node || node.end_col_offset == null || node.end_lineno == null) return "";
  // code points, like Python's str indexing
  const chars = [...src];
  const start = byteToChar(src, node.col_offset);
  let end = byteToChar(src, node.end_col_offset);
  const stripped = src.trim();
  const strippedChars = [...stripped].length;
  let anchors: [number, number] | null = null;
  if (node.end_lineno === lineno) anchors = anchorsOf(node, chars, start, end);
  else end = [...src.replace(/\s+$/, "")].length;
  if (!(end - start < strippedChars || (anchors && anchors[1] - anchors[0] > 0))) return "";
  if (chars.some((c) => c.codePointAt(0)! > 0x7f)) return ""; // display widths: not modelled
  // format_frame_summary counts the stripped characters of the line as read,
  // its newline included (a last line without one shifts by one there too)
  const origLen = chars.length + (lineno < lines.length ? 1 : 0);
  let out = "    " + " ".repeat(Math.max(0, start + 1 - (origLen - strippedChars)));
  if (anchors) out += "~".repeat(anchors[0]) + "^".repeat(anchors[1] - anchors[0]) + "~".repeat(end - start - anchors[1]);
  else out += "^".repeat(end - start);
  return out + "\n";
}

/** _extract_caret_anchors_from_line_segment: operator of a BinOp, brackets of a
 * Subscript, as offsets into the node's own text. */
function anchorsOf(node: N, chars: string[], start: number, end: number): [number, number] | null {
  const seg = chars.slice(start, end);
  const line = chars.join("");
  const rel = (byteOff: number) => byteToChar(line, byteOff) - start;
  if (node._type === "BinOp") {
    const b = node as A.BinOp & N;
    const l = b.left as A.expr & Pos;
    const r = b.right as A.expr & Pos;
    if (l.end_col_offset == null) return null;
    const opStart = rel(l.end_col_offset);
    const opEnd = rel(r.col_offset);
    const opStr = seg.slice(opStart, opEnd).join("");
    const opOffset = opStr.length - opStr.replace(/^\s+/, "").length;
    let left = opStart + opOffset;
    let right = left + 1;
    if (opOffset + 1 < opStr.length && !/\s/.test(opStr[opOffset + 1])) right++;
    while (left < seg.length && (/\s/.test(seg[left]) || seg[left] === ")" || seg[left] === "#")) {
      left++;
      right++;
    }
    return [left, right];
  }
  if (node._type === "Subscript") {
    const s = node as A.Subscript & N;
    const v = s.value as A.expr & Pos;
    const sl = s.slice as A.expr & Pos;
    if (v.end_col_offset == null || sl.end_col_offset == null) return null;
    let left = rel(v.end_col_offset);
    let right = rel(sl.end_col_offset) + 1;
    while (left < seg.length && seg[left] !== "[") left++;
    while (right < seg.length && seg[right] !== "]") right++;
    if (right < seg.length) right++;
    return [left, right];
  }
  return null;
}
