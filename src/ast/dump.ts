// ast.dump(tree, include_attributes=..., indent=1) of CPython 3.11 (Lib/ast.py dump),
// the format of `pycell --dump-ast`.
import { AST_SPEC } from "./spec.js";
import type { ConstantValue, Node } from "./nodes.js";
import { bytesRepr, complexRepr, floatRepr, strRepr } from "../runtime/repr.js";

export function constantRepr(v: ConstantValue): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "boolean": return v ? "True" : "False";
    case "bigint": return v.toString();
    case "string": return strRepr(v);
  }
  switch (v.kind) {
    case "float": return floatRepr(v.value);
    case "complex": return complexRepr(0, v.imag);
    case "bytes": return bytesRepr(v.value);
    case "ellipsis": return "Ellipsis";
  }
}

const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && "_type" in v;

export function dumpAst(node: Node, includeAttributes = false): string {
  const format = (value: unknown, level: number): [string, boolean] => {
    level += 1;
    const prefix = "\n" + " ".repeat(level);
    const sep = ",\n" + " ".repeat(level);
    if (Array.isArray(value)) {
      if (value.length === 0) return ["[]", true];
      return ["[" + prefix + value.map((x) => format(x, level)[0]).join(sep) + "]", false];
    }
    if (isNode(value)) {
      const spec = AST_SPEC[value._type];
      const rec = value as unknown as Record<string, unknown>;
      const args: string[] = [];
      let allSimple = true;
      for (const f of spec.fields) {
        const v = rec[f.name];
        if ((v === null || v === undefined) && f.card === "?") continue;
        const [s, simple] = format(v, level);
        allSimple &&= simple;
        args.push(`${f.name}=${s}`);
      }
      if (includeAttributes) {
        for (const a of spec.attributes) {
          const v = rec[a];
          if (v === null || v === undefined) continue;
          const [s, simple] = format(v, level);
          allSimple &&= simple;
          args.push(`${a}=${s}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${value._type}(${args.join(", ")})`, args.length === 0];
      return [`${value._type}(${prefix}${args.join(sep)})`, false];
    }
    if (typeof value === "number") return [String(value), true];
    return [constantRepr(value as ConstantValue), true];
  };
  return format(node, 0)[0];
}
