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

/** The fields ast.dump prints for a node, in order: [name, value] pairs. */
function printedFields(node: Node, includeAttributes: boolean): [string, unknown][] {
  const spec = AST_SPEC[node._type];
  const rec = node as unknown as Record<string, unknown>;
  const out: [string, unknown][] = [];
  for (const f of spec.fields) {
    const v = rec[f.name];
    if ((v === null || v === undefined) && f.card === "?") continue;
    out.push([f.name, v]);
  }
  if (includeAttributes) {
    for (const a of spec.attributes) {
      const v = rec[a];
      if (v !== null && v !== undefined) out.push([a, v]);
    }
  }
  return out;
}

/** ast.dump's "simple" values: scalars, empty lists and nodes that print no fields. */
function isSimple(v: unknown, includeAttributes: boolean): boolean {
  if (Array.isArray(v)) return v.length === 0;
  if (isNode(v)) return printedFields(v, includeAttributes).length === 0;
  return true;
}

/** Writes into one array of parts rather than returning strings per level: nested
 * results concatenated level by level cost O(depth × size), which a 2,000-deep
 * expression makes minutes long. */
export function dumpAst(node: Node, includeAttributes = false): string {
  const parts: string[] = [];
  const emit = (value: unknown, level: number): void => {
    level += 1;
    const prefix = "\n" + " ".repeat(level);
    const sep = ",\n" + " ".repeat(level);
    if (Array.isArray(value)) {
      if (value.length === 0) {
        parts.push("[]");
        return;
      }
      parts.push("[", prefix);
      value.forEach((x, i) => {
        if (i > 0) parts.push(sep);
        emit(x, level);
      });
      parts.push("]");
      return;
    }
    if (isNode(value)) {
      const fields = printedFields(value, includeAttributes);
      const oneLine = fields.length <= 3 && fields.every(([, v]) => isSimple(v, includeAttributes));
      parts.push(value._type, "(");
      if (!oneLine) parts.push(prefix);
      fields.forEach(([name, v], i) => {
        if (i > 0) parts.push(oneLine ? ", " : sep);
        parts.push(name, "=");
        emit(v, level);
      });
      parts.push(")");
      return;
    }
    parts.push(typeof value === "number" ? String(value) : constantRepr(value as ConstantValue));
  };
  emit(node, 0);
  return parts.join("");
}
