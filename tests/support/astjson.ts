// Loads the JSON written by scripts/py_ast_json.py (CPython's own AST) into pycell nodes.
import { execFileSync } from "node:child_process";
import { ELLIPSIS, bytesConst, complexConst, floatConst } from "../../src/ast/constant.js";
import type { Module } from "../../src/ast/nodes.js";

const parseFloatRepr = (s: string) => (s === "inf" ? Infinity : s === "-inf" ? -Infinity : s === "nan" ? NaN : Number(s));

function revive(_key: string, v: unknown): unknown {
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if ("$int" in o) return BigInt(o.$int as string);
    if ("$float" in o) return floatConst(parseFloatRepr(o.$float as string));
    if ("$complex" in o) return complexConst(parseFloatRepr(o.$complex as string));
    if ("$bytes" in o) return bytesConst(Uint8Array.from(o.$bytes as number[]));
    if ("$ellipsis" in o) return ELLIPSIS;
  }
  return v;
}

/** CPython's AST of a file, as pycell nodes. */
export function cpythonAst(path: string): Module {
  const json = execFileSync("python3", ["scripts/py_ast_json.py", path], { encoding: "utf8", maxBuffer: 1 << 30 });
  return JSON.parse(json, revive) as Module;
}
