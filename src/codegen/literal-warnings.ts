// The SyntaxWarnings CPython 3.11's compiler gives for operations that must fail or
// mislead whatever the values (Python/compile.c check_caller, check_subscripter,
// check_index, check_is_arg, compiler_assert). They look at the tree after the AST
// optimizer has folded constants, so `-1`, `1 + 2` and `(1, 2)` count as constants here.
import type * as A from "../ast/nodes.js";

/** The type name of the constant `e` folds to, or null when it is no constant. */
export function constType(e: A.expr): string | null {
  switch (e._type) {
    case "Constant": {
      const v = e.value;
      if (v === null) return "NoneType";
      if (typeof v === "boolean") return "bool";
      if (typeof v === "bigint") return "int";
      if (typeof v === "string") return "str";
      return v.kind === "ellipsis" ? "ellipsis" : v.kind;
    }
    case "UnaryOp": {
      const t = constType(e.operand);
      if (t === null) return null;
      if (e.op._type === "Not") return "bool";
      const numeric = t === "int" || t === "bool" || (e.op._type !== "Invert" && (t === "float" || t === "complex"));
      return numeric ? (t === "bool" ? "int" : t) : null;
    }
    case "BinOp": {
      const l = constType(e.left);
      const r = constType(e.right);
      if (l === null || r === null) return null;
      const op = e.op._type;
      if (op !== "Add" && op !== "Sub" && op !== "Mult") return null;
      const rank = (t: string): number => ["bool", "int", "float", "complex"].indexOf(t);
      if (rank(l) >= 0 && rank(r) >= 0) return ["int", "int", "float", "complex"][Math.max(rank(l), rank(r), 1)];
      if (op === "Add" && l === r && (l === "str" || l === "bytes")) return l;
      return null;
    }
    case "Tuple":
      return e.elts.every((x) => constType(x) !== null) ? "tuple" : null;
    default:
      return null;
  }
}

/** compile.c infer_type: the type of a display, comprehension or constant. */
function inferType(e: A.expr): string | null {
  switch (e._type) {
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "Lambda":
      return "function";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    default:
      return constType(e);
  }
}

const CALLER_KINDS = new Set(["Tuple", "List", "ListComp", "Dict", "DictComp", "Set", "SetComp", "GeneratorExp", "JoinedStr", "FormattedValue"]);

/** check_caller: `[(1, 2) (3, 4)]` calls a tuple. */
export function callerWarning(func: A.expr): string | null {
  if (constType(func) === null && !CALLER_KINDS.has(func._type)) return null;
  return `'${inferType(func)}' object is not callable; perhaps you missed a comma?`;
}

const UNSUBSCRIPTABLE = new Set(["NoneType", "ellipsis", "int", "bool", "float", "complex", "frozenset"]);
const INDEXED_KINDS = new Set(["Tuple", "List", "ListComp", "JoinedStr", "FormattedValue"]);

/** check_subscripter then check_index, for a subscript that loads. */
export function subscriptWarning(value: A.expr, index: A.expr): string | null {
  const ct = constType(value);
  const kind = value._type;
  if ((ct !== null && UNSUBSCRIPTABLE.has(ct)) || (ct === null && (kind === "Set" || kind === "SetComp" || kind === "GeneratorExp" || kind === "Lambda"))) {
    return `'${inferType(value)}' object is not subscriptable; perhaps you missed a comma?`;
  }
  const it = inferType(index);
  if (it === null || it === "int" || it === "bool") return null;
  if (ct !== null ? ct === "str" || ct === "bytes" || ct === "tuple" : INDEXED_KINDS.has(kind)) {
    return `${inferType(value)} indices must be integers or slices, not ${it}; perhaps you missed a comma?`;
  }
  return null;
}

/** check_is_arg: an operand of `is` that is a constant other than None, True, False
 * and `...` */
export function isLiteralOperand(e: A.expr): boolean {
  const t = constType(e);
  return t !== null && t !== "NoneType" && t !== "bool" && t !== "ellipsis";
}

/** compiler_assert: a non-empty tuple is always true */
export function assertWarning(test: A.expr): string | null {
  return test._type === "Tuple" && test.elts.length > 0 ? "assertion is always true, perhaps remove parentheses?" : null;
}
