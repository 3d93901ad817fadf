// `_pycell_ast`: the bridge between the front end's plain AST objects (src/ast/nodes.ts)
// and the node classes of the Python `ast` module (src/stdlib/lib/ast.py). ast.py builds
// its classes from `spec()` and hands them back with `register()`; `parse()` turns a
// parsed tree into instances, `astToPlain()` (for compile()) turns instances back into
// plain nodes, with the checks of CPython's Python-ast.c obj2ast_* and ast.c validate_*.
import { PyFloat, PyComplex, PyInstance, PyObject, type PyValue } from "../runtime/object.js";
import { registerModule, importModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { raise } from "../runtime/raise.js";
import { PyList, PyTuple, PyBytes, type PyModule } from "../runtime/containers.js";
import { PyDict } from "../runtime/dict.js";
import { PyType } from "../runtime/type.js";
import { Ellipsis } from "../runtime/types.js";
import { genericGetattr } from "../runtime/attributes.js";
import { toArray } from "../runtime/iter.js";
import { pyRepr, typeOf } from "../runtime/ops.js";
import { AST_SPEC, type ClassSpec } from "../ast/spec.js";
import { ELLIPSIS, bytesConst, complexConst, floatConst, type ConstantValue } from "../ast/constant.js";
import type { Expr, Expression, Module, Node } from "../ast/nodes.js";
import { parseExpression, parseInteractive, parseModule } from "../parser/index.js";
import { CompileError, frontEndWarnings } from "../ast/syntax-error.js";
import { EXC, newExc } from "../runtime/exceptions.js";

type Plain = Record<string, unknown> & { _type: string };

/** name → class, filled by register(); reverse map for compile(tree). */
let classes: Map<string, PyType> | null = null;
const names = new Map<PyType, string>();
let astBase: PyType | null = null;
/** sum type names (expr, stmt, ...): a node of such a field must be an instance */
const SUM_TYPES = new Set(Object.values(AST_SPEC).map((s) => s.base).filter((b) => b !== "AST"));
/** sum types whose classes have no fields (operators, expression contexts) */
const SIMPLE_SUMS = new Set(["boolop", "operator", "unaryop", "cmpop", "expr_context"]);
/** the attributes a sum type's instances carry (expr → lineno, col_offset, ...) */
const SUM_ATTRS = new Map<string, string[]>();
for (const s of Object.values(AST_SPEC)) if (s.base !== "AST") SUM_ATTRS.set(s.base, s.attributes);

function ensureClasses(): Map<string, PyType> {
  if (classes === null) importModule("ast", true);
  if (classes === null) raise("SystemError", "ast classes are not registered");
  return classes;
}

// ---------------------------------------------------------------- plain → Python

function constToPy(c: ConstantValue): PyValue {
  if (c === null || typeof c !== "object") {
    if (typeof c === "bigint") return c >= -9007199254740991n && c <= 9007199254740991n ? Number(c) : c;
    return c;
  }
  switch (c.kind) {
    case "float": return new PyFloat(c.value);
    case "complex": return new PyComplex(0, c.imag);
    case "bytes": return new PyBytes(c.value);
    case "ellipsis": return Ellipsis;
  }
}

/** Python-ast.c ast2obj_*: one instance per node, the expr_context and operator
 * singletons shared as CPython shares them. */
function toPy(node: Plain, cls: Map<string, PyType>, singletons: Map<string, PyInstance>): PyInstance {
  const spec = AST_SPEC[node._type];
  if (spec.fields.length === 0 && spec.attributes.length === 0) {
    let s = singletons.get(node._type);
    if (s === undefined) singletons.set(node._type, (s = new PyInstance(cls.get(node._type)!, new PyDict())));
    return s;
  }
  const d = new PyDict();
  for (const f of spec.fields) {
    const v = node[f.name];
    d.setStr(f.name, f.type === "constant" ? constToPy(v as ConstantValue) : valueToPy(v, cls, singletons));
  }
  for (const a of spec.attributes) {
    const v = node[a];
    d.setStr(a, v === undefined ? null : (v as PyValue));
  }
  return new PyInstance(cls.get(node._type)!, d);
}

function valueToPy(v: unknown, cls: Map<string, PyType>, singletons: Map<string, PyInstance>): PyValue {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return new PyList(v.map((x) => valueToPy(x, cls, singletons)));
  if (typeof v === "object") return toPy(v as Plain, cls, singletons);
  return v as PyValue;
}

/** ast.parse's front end: `mode` is "exec", "eval" or "single". */
export function parseToPy(source: string | Uint8Array, filename: string, mode: string): PyValue {
  const cls = ensureClasses();
  let tree: Node;
  if (mode === "exec") tree = parseModule(source, filename);
  else if (mode === "eval") tree = parseExpression(source, filename);
  else if (mode === "single") tree = parseInteractive(source, filename);
  else if (mode === "func_type") return raise("NotImplementedError", "func_type mode is not supported by pycell");
  else return raise("ValueError", "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
  return toPy(tree as unknown as Plain, cls, new Map());
}

// ---------------------------------------------------------------- Python → plain

export function isAstObject(v: PyValue): boolean {
  return astBase !== null && v instanceof PyObject && v.$cls.isSubtypeOf(astBase);
}

/** The registered concrete class an object is an instance of (the first in its MRO). */
function concreteName(v: PyObject): string | undefined {
  for (const t of v.$cls.mro) {
    const n = names.get(t);
    if (n !== undefined) return n;
  }
  return undefined;
}

function intField(v: PyValue): number {
  if (v === null) return raise("ValueError", "invalid integer value: None");
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return raise("OverflowError", "Python int too large to convert to C int");
  return raise("ValueError", `invalid integer value: ${pyRepr(v)}`);
}

function constFromPy(v: PyValue): ConstantValue | Plain {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "bigint") return v;
  const t = typeOf(v);
  if (v instanceof PyFloat && !t.heap) return floatConst(v.v);
  if (v instanceof PyComplex && !t.heap) {
    if (v.re === 0 && !Object.is(v.re, -0)) return complexConst(v.im);
    return raise("NotImplementedError", "a complex Constant with a real part is not supported by pycell");
  }
  if (v instanceof PyBytes && !t.heap) return bytesConst(v.b);
  if (v === Ellipsis) return ELLIPSIS;
  if (v instanceof PyTuple && !t.heap) {
    // the codegen has no tuple constants: an equal Tuple display of constants
    return { _type: "Tuple", elts: v.a.map((x) => wrapConst(constFromPy(x))), ctx: { _type: "Load" }, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0, fromConstant: true };
  }
  if (t.name === "frozenset" && !t.heap) {
    for (const x of toArray(v)) constFromPy(x);
    return raise("NotImplementedError", "a frozenset Constant is not supported by pycell");
  }
  return raise("TypeError", `got an invalid type in Constant: ${t.name}`);
}

function wrapConst(c: ConstantValue | Plain): Plain {
  if (c !== null && typeof c === "object" && "_type" in c) return c;
  return { _type: "Constant", value: c as ConstantValue, kind: null, lineno: 1, col_offset: 0, end_lineno: 1, end_col_offset: 0 };
}

/** obj2ast for one field value of type `type` (a node type, identifier, string, int
 * or constant). */
function fieldFromPy(v: PyValue, type: string): unknown {
  switch (type) {
    case "identifier":
      if (v === null) return null;
      if (typeof v !== "string") raise("TypeError", "AST identifier must be of type str");
      return v;
    case "string":
      if (v === null) return null;
      if (typeof v !== "string") raise("TypeError", "AST string must be of type str");
      return v;
    case "int":
      return v === null ? null : intField(v);
    case "constant": {
      const c = constFromPy(v);
      return c;
    }
  }
  return nodeFromPy(v, type);
}

function nodeFromPy(v: PyValue, type: string): Plain | null {
  if (v === null) {
    // the operator-like types (no fields) are checked first in obj2ast
    if (SIMPLE_SUMS.has(type)) raise("TypeError", `expected some sort of ${type}, but got None`);
    return null;
  }
  const out: Plain = { _type: "" };
  // obj2ast reads a sum type's attributes before its fields, a product type's after
  const sum = SUM_TYPES.has(type);
  if (sum) readAttributes(v, SUM_ATTRS.get(type)!, type, out);
  let name: string;
  if (SUM_TYPES.has(type)) {
    const n = v instanceof PyObject ? concreteName(v) : undefined;
    if (n === undefined || AST_SPEC[n].base !== type) return raise("TypeError", `expected some sort of ${type}, but got ${pyRepr(v)}`);
    name = n;
  } else name = type;
  out._type = name;
  const spec: ClassSpec = AST_SPEC[name];
  for (const f of spec.fields) {
    const x = genericGetattr(v, f.name);
    if (x === undefined) {
      if (f.card === "?") {
        out[f.name] = null;
        continue;
      }
      raise("TypeError", `required field "${f.name}" missing from ${name}`);
    }
    if (f.card === "*") {
      if (!(x instanceof PyList)) raise("TypeError", `${name} field "${f.name}" must be a list, not a ${typeOf(x).name}`);
      out[f.name] = x.a.slice().map((e) => (e === null ? noneInList(name, f.name, f.type) : fieldFromPy(e, f.type)));
      continue;
    }
    const r = fieldFromPy(x, f.type);
    if (r === null && f.card === "" && f.type !== "constant") raise("ValueError", `field '${f.name}' is required for ${name}`);
    out[f.name] = r;
  }
  if (!sum) readAttributes(v, spec.attributes, type, out);
  // a tuple Constant became a Tuple display (constFromPy): it takes the node's place
  const cv = out.value;
  if (name === "Constant" && cv !== null && typeof cv === "object" && "_type" in cv) return { ...(cv as Plain), lineno: out.lineno, col_offset: out.col_offset, end_lineno: out.end_lineno, end_col_offset: out.end_col_offset };
  return out;
}

function readAttributes(v: PyValue, attrs: string[], type: string, out: Plain): void {
  for (const a of attrs) {
    const x = genericGetattr(v, a);
    if (x === undefined) {
      if (a.startsWith("end_")) out[a] = null;
      else raise("TypeError", `required field "${a}" missing from ${type}`);
    } else out[a] = x === null && a.startsWith("end_") ? null : intField(x);
  }
}

/** None as an item of a list field: allowed only for Dict keys (`**m`) and
 * kw_defaults; otherwise ast.c's validate_exprs / obj2ast errors. */
function noneInList(owner: string, field: string, type: string): unknown {
  if ((owner === "Dict" && field === "keys") || (owner === "arguments" && field === "kw_defaults")) return null;
  if (type === "expr") return raise("ValueError", "None disallowed in expression list");
  if (type === "stmt") return raise("ValueError", "None disallowed in statement list");
  if (type === "pattern") return raise("ValueError", "None disallowed in pattern list");
  if (type === "identifier" || type === "string") return raise("TypeError", `AST ${type} must be of type str`);
  if (type === "int") return raise("ValueError", "invalid integer value: None");
  if (SIMPLE_SUMS.has(type)) return raise("TypeError", `expected some sort of ${type}, but got None`);
  if (SUM_TYPES.has(type)) return raise("TypeError", `required field "${SUM_ATTRS.get(type)![0]}" missing from ${type}`);
  // a product type: its first required field is missing from None
  const first = AST_SPEC[type].fields.find((f) => f.card !== "?") ?? { name: AST_SPEC[type].attributes[0] };
  return raise("TypeError", `required field "${first.name}" missing from ${type}`);
}

const MOD_OF: Record<string, string> = { exec: "Module", eval: "Expression", single: "Interactive", func_type: "FunctionType" };

/** compile(tree, filename, mode): the plain Module the codegen takes (Expression and
 * Interactive are rewritten to a Module; the caller passes evalMode / interactive). */
export function astToPlain(tree: PyValue, mode: string): Module {
  const want = MOD_OF[mode];
  const got = tree instanceof PyObject ? concreteName(tree) : undefined;
  if (got !== want) raise("TypeError", `expected ${want} node, got ${got ?? typeOf(tree).name}`);
  if (mode === "func_type") raise("NotImplementedError", "compiling a FunctionType tree is not supported by pycell");
  const plain = nodeFromPy(tree, "mod") as Plain;
  validate(plain);
  if (plain._type === "Module") return plain as unknown as Module;
  if (plain._type === "Interactive") return { _type: "Module", body: plain.body as Module["body"], type_ignores: [] };
  return expressionModule(plain as unknown as Expression);
}

/** An "eval" tree as the Module the codegen's evalMode takes: one Expr statement. */
export function expressionModule(e: Expression): Module {
  const body = e.body;
  const stmt: Expr = { _type: "Expr", value: body, lineno: body.lineno, col_offset: body.col_offset, end_lineno: body.end_lineno, end_col_offset: body.end_col_offset };
  const mod: Module = { _type: "Module", body: [stmt], type_ignores: [] };
  const warnings = frontEndWarnings.get(e);
  if (warnings) frontEndWarnings.set(mod, warnings);
  return mod;
}

// ---------------------------------------------------------------- ast.c validate

const CTX_NODES = new Set(["Name", "Attribute", "Subscript", "Starred", "List", "Tuple"]);
const BODY_REQUIRED = new Set(["FunctionDef", "AsyncFunctionDef", "ClassDef", "For", "AsyncFor", "While", "If", "With", "AsyncWith", "ExceptHandler", "match_case"]);

/** A capture name of a pattern (ast.c validate_capture): not "_", not a keyword constant. */
function validateCapture(name: unknown): void {
  if (name === "_") ve("can't capture name '_' in patterns");
  if (name === "None" || name === "True" || name === "False") ve(`identifier field can't represent '${name}' constant`);
}

/** An attribute chain of names (the value of a value pattern or a class pattern's class). */
function isNameChain(e: Plain): boolean {
  if (e._type === "Name") return (e.ctx as Plain)._type === "Load";
  return e._type === "Attribute" && (e.ctx as Plain)._type === "Load" && isNameChain(e.value as Plain);
}

/** A literal of a value pattern or a mapping key: a number, string or bytes constant,
 * a signed or complex number, or an attribute chain (ast.c validate_pattern_match_value). */
function isMatchLiteral(e: Plain, key: boolean): boolean {
  if (e._type === "Constant") {
    const v = e.value as ConstantValue;
    if (v === null || typeof v === "boolean") return key;
    return typeof v !== "object" || v.kind !== "ellipsis";
  }
  if (e._type === "UnaryOp") return (e.op as Plain)._type === "USub" && (e.operand as Plain)._type === "Constant";
  if (e._type === "BinOp") return ((e.op as Plain)._type === "Add" || (e.op as Plain)._type === "Sub") && isMatchLiteral(e.left as Plain, false) && (e.right as Plain)._type === "Constant";
  return isNameChain(e);
}

/** ast.c validate_pattern; `starOk`: directly inside a sequence pattern. */
function validatePattern(p: Plain, starOk: boolean): void {
  const pats = (k: string): Plain[] => (p[k] as Plain[] | undefined) ?? [];
  switch (p._type) {
    case "MatchValue": {
      const v = p.value as Plain;
      // validate_pattern_match_value: None, booleans, Ellipsis and tuples are not literals here
      if ((v._type === "Constant" && (v.value === null || typeof v.value === "boolean" || (typeof v.value === "object" && (v.value as { kind: string }).kind === "ellipsis"))) || v.fromConstant === true) ve("unexpected constant inside of a literal pattern");
      if (v._type === "Name" || !isMatchLiteral(v, false)) ve("patterns may only match literals and attribute lookups");
      validate(v);
      return;
    }
    case "MatchSingleton":
      if (!(p.value === null || typeof p.value === "boolean")) ve("MatchSingleton can only contain True, False and None");
      return;
    case "MatchSequence":
      for (const x of pats("patterns")) validatePattern(x, true);
      return;
    case "MatchMapping":
      if (pats("keys").length !== pats("patterns").length) ve("MatchMapping doesn't have the same number of keys as patterns");
      if (p.rest !== null) validateCapture(p.rest);
      for (const k of pats("keys")) {
        if (!isMatchLiteral(k, true)) ve("can only have constant values or attribute lookups as keys in mapping patterns");
        validate(k);
      }
      for (const x of pats("patterns")) validatePattern(x, false);
      return;
    case "MatchClass":
      if (!isNameChain(p.cls as Plain)) ve("MatchClass cls field can only contain Name or Attribute nodes.");
      if (pats("kwd_attrs").length !== pats("kwd_patterns").length) ve("MatchClass doesn't have the same number of keyword attributes as patterns");
      for (const a of pats("kwd_attrs")) validateCapture(a);
      for (const x of pats("patterns")) validatePattern(x, false);
      for (const x of pats("kwd_patterns")) validatePattern(x, false);
      return;
    case "MatchStar":
      if (!starOk) ve("can't use MatchStar here");
      if (p.name !== null) validateCapture(p.name);
      return;
    case "MatchAs":
      if (p.name !== null) validateCapture(p.name);
      if (p.pattern !== null) {
        if (p.name === null) ve("MatchAs must specify a target name if a pattern is given");
        validatePattern(p.pattern as Plain, false);
      }
      return;
    case "MatchOr":
      if (pats("patterns").length < 2) ve("MatchOr requires at least 2 patterns");
      for (const x of pats("patterns")) validatePattern(x, false);
      return;
  }
}

/** ast.c VALIDATE_POSITIONS */
function validatePositions(n: Plain): void {
  const line = n.lineno as number, endLine = n.end_lineno as number;
  const col = n.col_offset as number, endCol = n.end_col_offset as number | null;
  if (line > endLine) ve(`AST node line range (${line}, ${endLine}) is not valid`);
  if (endCol === null) return;
  if ((line < 0 && endLine !== line) || (col < 0 && col !== endCol)) ve(`AST node column range (${col}, ${endCol}) for line range (${line}, ${endLine}) is not valid`);
  if (line === endLine && col > endCol) ve(`line ${line}, column ${col}-${endCol} is not a valid range`);
}

function ve(msg: string): never {
  return raise("ValueError", msg);
}

/** The checks of CPython's ast.c (validate_stmt/validate_expr) that a tree built by
 * hand can fail: expression contexts, empty bodies and name lists, shapes of
 * Compare/BoolOp/Dict/arguments, reserved names. */
function validate(node: Plain, ctx = "Load"): void {
  const t = node._type;
  if (typeof node.lineno === "number" && typeof node.end_lineno === "number") validatePositions(node);
  if (CTX_NODES.has(t)) {
    const c = (node.ctx as Plain | undefined)?._type;
    if (c !== undefined && c !== ctx) ve(`expression must have ${ctx} context but has ${c} instead`);
  } else if (ctx !== "Load") ve(`expression which can't be assigned to in ${ctx} context`);
  const list = (k: string): Plain[] => (node[k] as Plain[] | undefined) ?? [];
  const sub = (k: string, c = "Load"): void => {
    const v = node[k] as Plain | null;
    if (v !== null && v !== undefined) validate(v, c);
  };
  const all = (k: string, c = "Load"): void => {
    for (const x of list(k)) if (x !== null) validate(x, c);
  };
  if (BODY_REQUIRED.has(t) && list("body").length === 0) ve(`empty body on ${t}`);
  switch (t) {
    case "Name":
      if (node.id === "None" || node.id === "True" || node.id === "False") ve(`identifier field can't represent '${node.id}' constant`);
      return;
    case "Starred": case "List": case "Tuple":
      if (t === "Starred") sub("value", ctx);
      else all("elts", ctx);
      return;
    case "Assign":
      if (list("targets").length === 0) ve("empty targets on Assign");
      all("targets", "Store");
      sub("value");
      return;
    case "Delete":
      if (list("targets").length === 0) ve("empty targets on Delete");
      all("targets", "Del");
      return;
    case "AugAssign": case "AnnAssign": case "NamedExpr":
      sub("target", "Store");
      sub("value");
      sub("annotation");
      return;
    case "For": case "AsyncFor": case "comprehension":
      sub("target", "Store");
      sub("iter");
      all("body");
      all("orelse");
      all("ifs");
      return;
    case "withitem":
      sub("context_expr");
      sub("optional_vars", "Store");
      return;
    case "Import": case "ImportFrom": case "Global": case "Nonlocal":
      if (t === "ImportFrom" && typeof node.level === "number" && node.level < 0) ve("Negative ImportFrom level");
      if (list("names").length === 0) ve(`empty names on ${t}`);
      return;
    case "Try": case "TryStar":
      if (list("body").length === 0) ve(`empty body on ${t}`);
      if (list("handlers").length === 0 && list("finalbody").length === 0) ve(`${t} has neither except handlers nor finalbody`);
      if (list("handlers").length === 0 && list("orelse").length !== 0) ve(`${t} has orelse but no except handlers`);
      break;
    case "Compare":
      if (list("comparators").length === 0) ve("Compare with no comparators");
      if (list("comparators").length !== list("ops").length) ve("Compare has a different number of comparators and operands");
      break;
    case "BoolOp":
      if (list("values").length < 2) ve("BoolOp with less than 2 values");
      break;
    case "Dict":
      if (list("keys").length !== list("values").length) ve("Dict doesn't have the same number of keys as values");
      break;
    case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp":
      // validate_comprehension runs before the element
      if (list("generators").length === 0) ve("comprehension with no generators");
      all("generators");
      sub("elt");
      sub("key");
      sub("value");
      return;
    case "arguments":
      // validate_arguments: the parameters' annotations, then the default counts
      all("posonlyargs");
      all("args");
      sub("vararg");
      all("kwonlyargs");
      sub("kwarg");
      if (list("defaults").length > list("posonlyargs").length + list("args").length) ve("more positional defaults than args on arguments");
      if (list("kw_defaults").length !== list("kwonlyargs").length) ve("length of kwonlyargs is not the same as kw_defaults on arguments");
      all("defaults");
      all("kw_defaults");
      return;
    case "match_case":
      validatePattern(node.pattern as Plain, false);
      sub("guard");
      all("body");
      return;
    case "Raise":
      if (node.exc === null && node.cause !== null) ve("Raise with cause but no exception");
      break;
    case "With": case "AsyncWith":
      if (list("items").length === 0) ve(`empty items on ${t}`);
      break;
  }
  // everything else: children in Load context
  for (const f of AST_SPEC[t].fields) {
    if (f.type === "constant" || f.type === "identifier" || f.type === "string" || f.type === "int") continue;
    const v = node[f.name];
    if (Array.isArray(v)) {
      for (const x of v) if (x !== null) validate(x as Plain);
    } else if (v !== null && v !== undefined) validate(v as Plain);
  }
}

// ---------------------------------------------------------------- the module

registerModule("_pycell_ast", (m: PyModule) => {
  const d = m.$dict!;
  // spec() -> [(name, base, fields, cards, attributes, field types)]
  d.setStr("spec", builtin("spec", 0, 0, () => new PyList(Object.entries(AST_SPEC).map(([name, s]) => new PyTuple([name, s.base, new PyTuple(s.fields.map((f) => f.name)), s.fields.map((f) => f.card || "-").join(""), new PyTuple(s.attributes), new PyTuple(s.fields.map((f) => f.type))])))));
  d.setStr("sum_attributes", builtin("sum_attributes", 0, 0, () => {
    const out = new PyDict();
    for (const [k, v] of SUM_ATTRS) out.setStr(k, new PyTuple(v));
    return out;
  }));
  d.setStr("register", builtin("register", 2, 2, (base, ns) => {
    if (!(base instanceof PyType) || !(ns instanceof PyDict)) return raise("TypeError", "register(AST, namespace)");
    astBase = base;
    const map = new Map<string, PyType>();
    for (const name of Object.keys(AST_SPEC)) {
      const c = ns.getStr(name);
      if (!(c instanceof PyType)) return raise("TypeError", `missing ast class ${name}`);
      map.set(name, c);
      names.set(c, name);
    }
    classes = map;
    return null;
  }));
  d.setStr("parse", builtin("parse", 3, 3, (src, filename, mode) => {
    const text = typeof src === "string" ? src : src instanceof PyBytes ? src.b : raise("TypeError", "compile() arg 1 must be a string, bytes or AST object");
    try {
      return parseToPy(text, String(filename), String(mode));
    } catch (e) {
      if (e instanceof CompileError) throw newExc(EXC[e.kind], [e.msg, new PyTuple([e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset])]);
      throw e;
    }
  }));
});
