// Assignment and deletion targets: expressions parsed as loads become stores/deletes, and
// the invalid ones are named as CPython's error messages name them.
import type { expr, expr_context } from "../ast/nodes.js";

export const enum TargetsType {
  STAR_TARGETS,
  DEL_TARGETS,
  FOR_TARGETS,
}

/** pegen.c _PyPegen_get_expr_name */
export function exprName(e: expr): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === true) return "True";
      if (v === false) return "False";
      if (typeof v === "object" && v.kind === "ellipsis") return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    default: return "expression";
  }
}

/** pegen.c _PyPegen_get_invalid_target: the first sub-expression that cannot be a target. */
export function invalidTarget(e: expr, type: TargetsType): expr | null {
  switch (e._type) {
    case "List":
    case "Tuple":
      for (const x of e.elts) {
        const bad = invalidTarget(x, type);
        if (bad) return bad;
      }
      return null;
    case "Starred":
      if (type === TargetsType.DEL_TARGETS) return e;
      return invalidTarget(e.value, type);
    case "Compare":
      // `for a in b` parsed as an expression is a comparison; look at its left side
      if (type === TargetsType.FOR_TARGETS) return e.ops[0]._type === "In" ? invalidTarget(e.left, type) : null;
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** pegen.c _PyPegen_set_expr_context; the caller has checked the target is valid. */
export function setContext(e: expr, ctx: expr_context): void {
  switch (e._type) {
    case "Name": case "Attribute": case "Subscript":
      e.ctx = ctx;
      return;
    case "Starred":
      e.ctx = ctx;
      setContext(e.value, ctx);
      return;
    case "Tuple": case "List":
      e.ctx = ctx;
      for (const x of e.elts) setContext(x, ctx);
      return;
  }
}
