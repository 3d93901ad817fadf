// Expression source text from the AST, for `from __future__ import annotations`
// (PEP 563): an annotation is stored as the string CPython's compiler makes of it
// (Python/ast_unparse.c), e.g. `Dict[str, List['X']]`, `2 ** (-1)`, `x[*a,]`.
// Written from the observable output of python3; each operand is printed with the
// lowest precedence it may have without parentheses.
import type * as A from "../ast/nodes.js";
import { floatRepr, complexRepr, strRepr, bytesRepr } from "../runtime/repr.js";

/** Precedence levels, lowest first (the Python grammar's). */
const enum P {
  Tuple = 0,
  Test, // if-else, lambda
  Or,
  And,
  Not,
  Cmp,
  BOr,
  BXor,
  BAnd,
  Shift,
  Arith,
  Term,
  Factor, // unary + - ~
  Power,
  Await,
  Atom,
}

const BINOP: Record<A.operator["_type"], [string, P]> = {
  Add: ["+", P.Arith], Sub: ["-", P.Arith], Mult: ["*", P.Term], MatMult: ["@", P.Term],
  Div: ["/", P.Term], Mod: ["%", P.Term], FloorDiv: ["//", P.Term], Pow: ["**", P.Power],
  LShift: ["<<", P.Shift], RShift: [">>", P.Shift], BitOr: ["|", P.BOr], BitXor: ["^", P.BXor],
  BitAnd: ["&", P.BAnd],
};
const CMPOP: Record<A.cmpop["_type"], string> = {
  Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Is: "is", IsNot: "is not", In: "in", NotIn: "not in",
};
const UNARY: Record<A.unaryop["_type"], [string, P]> = { Invert: ["~", P.Factor], Not: ["not ", P.Not], UAdd: ["+", P.Factor], USub: ["-", P.Factor] };

/** The source text of an expression, as CPython's compiler writes annotations. */
export function unparseExpr(e: A.expr): string {
  return un(e, P.Test);
}

function paren(text: string, own: P, need: P): string {
  return own < need ? `(${text})` : text;
}

function constant(v: A.Constant["value"]): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "string") return strRepr(v);
  switch (v.kind) {
    case "ellipsis":
      return "...";
    case "float":
      // an infinity is written as a literal that overflows to it
      return Number.isFinite(v.value) ? floatRepr(v.value) : "1e309";
    case "complex":
      return Number.isFinite(v.imag) ? complexRepr(0, v.imag) : "1e309j";
    case "bytes":
      return bytesRepr(v.value);
  }
}

function args(a: A.arguments): string {
  const out: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    out.push(i >= firstDefault ? `${p.arg}=${un(a.defaults[i - firstDefault]!, P.Test)}` : p.arg);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) out.push("/");
  });
  if (a.vararg) out.push(`*${a.vararg.arg}`);
  else if (a.kwonlyargs.length) out.push("*");
  a.kwonlyargs.forEach((k, i) => {
    const d = a.kw_defaults[i];
    out.push(d ? `${k.arg}=${un(d, P.Test)}` : k.arg);
  });
  if (a.kwarg) out.push(`**${a.kwarg.arg}`);
  return out.join(", ");
}

function comprehensions(gens: A.comprehension[]): string {
  return gens
    .map((g) => `${g.is_async ? " async" : ""} for ${un(g.target, P.Tuple, true)} in ${un(g.iter, P.Test + 1)}${g.ifs.map((c) => ` if ${un(c, P.Test + 1)}`).join("")}`)
    .join("");
}

function fstringBody(values: A.expr[]): string {
  let out = "";
  for (const v of values) {
    if (v._type === "Constant" && typeof v.value === "string") out += v.value.replace(/\{/g, "{{").replace(/\}/g, "}}");
    else if (v._type === "FormattedValue") {
      const inner = un(v.value, P.Test + 1);
      out += `{${inner.startsWith("{") ? " " : ""}${inner}`;
      if (v.conversion > 0) out += `!${String.fromCharCode(v.conversion)}`;
      if (v.format_spec) out += `:${v.format_spec._type === "JoinedStr" ? fstringBody(v.format_spec.values) : un(v.format_spec, P.Test)}`;
      out += "}";
    }
  }
  return out;
}

/** `e` printed so that it needs no parentheses at precedence `need`; a bare tuple
 * (`noParenTuple`) is written without parentheses, as in a subscript or a for target. */
function un(e: A.expr, need: P, noParenTuple = false): string {
  switch (e._type) {
    case "Name":
      return e.id;
    case "Constant":
      return constant(e.value);
    case "Attribute": {
      let v = un(e.value, P.Atom);
      // `1 .real`: an int literal needs a space before the dot
      if (e.value._type === "Constant" && typeof e.value.value === "bigint") v += " ";
      return `${v}.${e.attr}`;
    }
    case "Subscript":
      return `${un(e.value, P.Atom)}[${slice(e.slice)}]`;
    case "Starred":
      return `*${un(e.value, P.BOr)}`;
    case "Call": {
      const parts = e.args.map((a) => (e.args.length === 1 && e.keywords.length === 0 && a._type === "GeneratorExp" ? genexp(a, false) : un(a, P.Test)));
      for (const k of e.keywords) parts.push(k.arg === null ? `**${un(k.value, P.Test)}` : `${k.arg}=${un(k.value, P.Test)}`);
      return `${un(e.func, P.Atom)}(${parts.join(", ")})`;
    }
    case "BinOp": {
      const [sym, own] = BINOP[e.op._type];
      const rightAssoc = e.op._type === "Pow";
      const left = un(e.left, rightAssoc ? own + 1 : own);
      const right = un(e.right, rightAssoc ? own : own + 1);
      return paren(`${left} ${sym} ${right}`, own, need);
    }
    case "UnaryOp": {
      const [sym, own] = UNARY[e.op._type];
      return paren(`${sym}${un(e.operand, own)}`, own, need);
    }
    case "BoolOp": {
      const own = e.op._type === "And" ? P.And : P.Or;
      return paren(e.values.map((v) => un(v, own + 1)).join(e.op._type === "And" ? " and " : " or "), own, need);
    }
    case "Compare": {
      let out = un(e.left, P.Cmp + 1);
      e.ops.forEach((op, i) => (out += ` ${CMPOP[op._type]} ${un(e.comparators[i]!, P.Cmp + 1)}`));
      return paren(out, P.Cmp, need);
    }
    case "IfExp":
      return paren(`${un(e.body, P.Test + 1)} if ${un(e.test, P.Test + 1)} else ${un(e.orelse, P.Test)}`, P.Test, need);
    case "Lambda": {
      const a = args(e.args);
      return paren(`lambda${a ? " " + a : ""}: ${un(e.body, P.Test)}`, P.Test, need);
    }
    case "NamedExpr":
      return paren(`${un(e.target, P.Atom)} := ${un(e.value, P.Atom)}`, P.Tuple, need);
    case "Tuple": {
      if (e.elts.length === 0) return "()";
      const body = e.elts.map((x) => un(x, P.Test)).join(", ") + (e.elts.length === 1 ? "," : "");
      return noParenTuple ? paren(body, P.Tuple, need) : `(${body})`;
    }
    case "List":
      return `[${e.elts.map((x) => un(x, P.Test)).join(", ")}]`;
    case "Set":
      return e.elts.length ? `{${e.elts.map((x) => un(x, P.Test)).join(", ")}}` : "{*()}";
    case "Dict":
      return `{${e.keys.map((k, i) => (k === null ? `**${un(e.values[i]!, P.BOr)}` : `${un(k, P.Test)}: ${un(e.values[i]!, P.Test)}`)).join(", ")}}`;
    case "ListComp":
      return `[${un(e.elt, P.Test)}${comprehensions(e.generators)}]`;
    case "SetComp":
      return `{${un(e.elt, P.Test)}${comprehensions(e.generators)}}`;
    case "DictComp":
      return `{${un(e.key, P.Test)}: ${un(e.value, P.Test)}${comprehensions(e.generators)}}`;
    case "GeneratorExp":
      return genexp(e, true);
    case "JoinedStr":
      return "f" + strRepr(fstringBody(e.values));
    case "FormattedValue":
      return "f" + strRepr(fstringBody([e]));
    case "Await":
      return paren(`await ${un(e.value, P.Atom)}`, P.Await, need);
    case "Yield":
      return `(yield${e.value ? " " + un(e.value, P.Tuple, true) : ""})`;
    case "YieldFrom":
      return `(yield from ${un(e.value, P.Test)})`;
    case "Slice":
      return slice(e);
  }
}

function genexp(e: A.GeneratorExp, parens: boolean): string {
  const body = `${un(e.elt, P.Test)}${comprehensions(e.generators)}`;
  return parens ? `(${body})` : body;
}

function slice(s: A.expr): string {
  if (s._type === "Slice") {
    let out = `${s.lower ? un(s.lower, P.Test) : ""}:${s.upper ? un(s.upper, P.Test) : ""}`;
    if (s.step) out += `:${un(s.step, P.Test)}`;
    return out;
  }
  if (s._type === "Tuple" && s.elts.length > 0) {
    const parts = s.elts.map((x) => (x._type === "Slice" ? slice(x) : un(x, P.Test)));
    return parts.join(", ") + (s.elts.length === 1 ? "," : "");
  }
  return un(s, P.Tuple);
}
