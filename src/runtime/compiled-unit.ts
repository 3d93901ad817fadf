// A module compiled to JavaScript, in the form the runtime needs to run it
// (runner.ts runUnit) and that can be written to JSON: the embedded Python stdlib is
// compiled once at build time (src/stdlib/precompile.ts, docs/startup.md) and loaded
// from that form, so importing it pays neither the parse nor the codegen.
import type { CodeInfo, CompiledModule, CompileWarning } from "../codegen/compiler.js";
import type { ConstantValue } from "../ast/constant.js";
import type { PyDict } from "./dict.js";

/** What runner.ts makeCode reads of a code object's CodeInfo and ScopeInfo. */
export interface CodeSpec {
  name: string;
  qualname: string;
  firstlineno: number;
  flags: number;
  /** the scope is a function (its co_consts starts with None) */
  isFunction: boolean;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  names: string[];
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  /** indices (in the unit's code list) of the code objects nested directly in this one */
  kids: number[];
}

export interface CompiledUnit {
  js: string;
  consts: ConstantValue[];
  codes: CodeSpec[];
  warnings: CompileWarning[];
  /** the syntax node of each code (not written to JSON): co_consts is rebuilt from
   * it when asked for (co-consts.ts) */
  nodes?: object[];
}

export function unitOf(out: CompiledModule): CompiledUnit {
  const index = new Map(out.codes.map((c, i) => [c.scope, i]));
  const codes = out.codes.map((c: CodeInfo): CodeSpec => {
    const s = c.scope;
    const kids: number[] = [];
    for (const k of s.children) {
      const i = index.get(k);
      if (i !== undefined) kids.push(i);
    }
    return {
      name: c.name,
      qualname: c.qualname,
      firstlineno: c.firstlineno,
      flags: c.flags,
      isFunction: s.kind === "function",
      varnames: s.varnames,
      cellvars: s.cellvars,
      freevars: s.freevars,
      names: s.names,
      argcount: s.argcount,
      posonlyargcount: s.posonlyargcount,
      kwonlyargcount: s.kwonlyargcount,
      kids,
    };
  });
  return { js: out.js, consts: out.consts, codes, warnings: out.warnings, nodes: out.codes.map((c) => c.scope.node) };
}

// ---- JSON ----
// Constants that JSON cannot hold are tagged one-key objects; strs are plain strings.
type JsonConst = null | boolean | string | { i: string } | { f: number | string } | { c: number | string } | { b: number[] } | { e: 1 };

/** JSON has no inf/nan and no -0: those floats travel as strings. */
function numOut(x: number): number | string {
  return Number.isFinite(x) && !Object.is(x, -0) ? x : String(x === 0 ? "-0" : x);
}
function numIn(x: number | string): number {
  return typeof x === "number" ? x : x === "-0" ? -0 : Number(x);
}

function constOut(c: ConstantValue): JsonConst {
  if (c === null || typeof c === "boolean" || typeof c === "string") return c;
  if (typeof c === "bigint") return { i: c.toString() };
  switch (c.kind) {
    case "float":
      return { f: numOut(c.value) };
    case "complex":
      return { c: numOut(c.imag) };
    case "bytes":
      return { b: [...c.value] };
    case "ellipsis":
      return { e: 1 };
  }
}

function constIn(j: JsonConst): ConstantValue {
  if (j === null || typeof j !== "object") return j;
  if ("i" in j) return BigInt(j.i);
  if ("f" in j) return { kind: "float", value: numIn(j.f) };
  if ("c" in j) return { kind: "complex", imag: numIn(j.c) };
  if ("b" in j) return { kind: "bytes", value: Uint8Array.from(j.b) };
  return { kind: "ellipsis" };
}

export function unitToJson(u: CompiledUnit): string {
  return JSON.stringify({ js: u.js, consts: u.consts.map(constOut), codes: u.codes, warnings: u.warnings });
}

export function unitFromJson(text: string): CompiledUnit {
  const o = JSON.parse(text) as { js: string; consts: JsonConst[]; codes: CodeSpec[]; warnings: CompileWarning[] };
  return { js: o.js, consts: o.consts.map(constIn), codes: o.codes, warnings: o.warnings };
}

// ---- running a precompiled module ----
// Installed by runner.ts (which imports the stdlib, so the stdlib cannot import it).
type PrecompiledRunner = (unit: CompiledUnit, filename: string, globals: PyDict, codeBase: number, source: () => string) => void;
export let runPrecompiled: PrecompiledRunner = () => {
  throw new Error("pycell: no runner for precompiled modules");
};
export function setPrecompiledRunner(f: PrecompiledRunner): void {
  runPrecompiled = f;
}
