// Runs many small sources through CPython in one python3 process (scripts/symtable_ref.py
// snippets): its AST, its symtable dump or SyntaxError, and its code objects' names.
import { execFileSync } from "node:child_process";
import type { Expression, Interactive, Module } from "../../src/ast/nodes.js";
import { revive } from "./stdlib-source.js";

export interface CPythonResult {
  ast: Module | Expression | Interactive | null;
  dump: string | null;
  /** [msg, lineno, offset, end_lineno, end_offset] */
  error: [string, number, number, number | null, number | null] | null;
  /** code lines (see code-info.ts), null when compile() rejects the source */
  codes: string | null;
}

/** Each source is compiled in "exec" mode, or in the mode given with it. */
export function cpythonSnippets(sources: (string | [string, "exec" | "eval" | "single"])[]): CPythonResult[] {
  const out = execFileSync("python3", ["scripts/symtable_ref.py", "snippets"], { input: JSON.stringify(sources), encoding: "utf8", maxBuffer: 1 << 28 });
  return JSON.parse(out, revive) as CPythonResult[];
}

const indent = (src: string, pad: string) => src.split("\n").map((l) => (l ? pad + l : l)).join("\n");

/** The contexts every scope rule is checked in (Lib/test/test_listcomps.py's habit):
 *  module level, a class body, a function body, and a class and a function nested in a
 *  function that binds `v` and `x`. */
export const CONTEXTS: Record<string, (src: string) => string> = {
  module: (src) => src,
  class: (src) => `class C:\n${indent(src, "    ")}`,
  function: (src) => `def f():\n${indent(src, "    ")}`,
  "class in function": (src) => `def outer():\n    v = x = 1\n    class C:\n${indent(src, "        ")}\n    return C\n`,
  "function in function": (src) => `def outer():\n    v = x = 1\n    def f():\n${indent(src, "        ")}\n    return f\n`,
};

/** For each source, [co_name, opname, name] of every instruction of its compiled code
 *  that reaches a name (LOAD_FAST x, STORE_DEREF y, LOAD_CLASSDEREF z, ...). */
export function cpythonNameOps(sources: string[]): [string, string, string][][] {
  const out = execFileSync("python3", ["scripts/symtable_ref.py", "nameops"], { input: JSON.stringify(sources), encoding: "utf8", maxBuffer: 1 << 28 });
  return JSON.parse(out) as [string, string, string][][];
}
