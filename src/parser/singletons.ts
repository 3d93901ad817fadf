// The field-less AST nodes (contexts and operators): one shared object each, as CPython
// shares one instance of ast.Load() and friends.
import type { boolop, cmpop, Del, Load, operator, Store, unaryop } from "../ast/nodes.js";

export const LOAD: Load = { _type: "Load" };
export const STORE: Store = { _type: "Store" };
export const DEL: Del = { _type: "Del" };

export const BOOL_OPS: Record<"and" | "or", boolop> = { and: { _type: "And" }, or: { _type: "Or" } };

export const BIN_OPS: Record<string, operator> = {
  "+": { _type: "Add" }, "-": { _type: "Sub" }, "*": { _type: "Mult" }, "@": { _type: "MatMult" },
  "/": { _type: "Div" }, "//": { _type: "FloorDiv" }, "%": { _type: "Mod" }, "**": { _type: "Pow" },
  "<<": { _type: "LShift" }, ">>": { _type: "RShift" }, "|": { _type: "BitOr" }, "^": { _type: "BitXor" },
  "&": { _type: "BitAnd" },
};

/** augassign: `+=` and friends, keyed by their token text */
export const AUG_OPS: Record<string, operator> = {};
for (const k of Object.keys(BIN_OPS)) AUG_OPS[k + "="] = BIN_OPS[k];

export const UNARY_OPS: Record<string, unaryop> = {
  "+": { _type: "UAdd" }, "-": { _type: "USub" }, "~": { _type: "Invert" }, not: { _type: "Not" },
};

export const CMP_OPS: Record<string, cmpop> = {
  "==": { _type: "Eq" }, "!=": { _type: "NotEq" }, "<": { _type: "Lt" }, "<=": { _type: "LtE" },
  ">": { _type: "Gt" }, ">=": { _type: "GtE" }, in: { _type: "In" }, "not in": { _type: "NotIn" },
  is: { _type: "Is" }, "is not": { _type: "IsNot" },
};
