// Where the stdlib test gets its trees: pycell's own parser when src/parser/index.ts is
// there (and PYCELL_SYMTABLE_AST is not "cpython"), else CPython's AST streamed from one
// python3 process (scripts/symtable_ref.py asts), one file per line.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { ELLIPSIS, bytesConst, complexConst, floatConst } from "../../src/ast/constant.js";
import type { Module } from "../../src/ast/nodes.js";

export interface SourceFile {
  rel: string;
  /** the tree, or the error the parser raised, or null when CPython's AST is unavailable */
  tree: Module | Error | null;
}

type ParseModule = (source: Uint8Array, filename: string) => Module;

export async function loadParser(): Promise<ParseModule | null> {
  if (process.env.PYCELL_SYMTABLE_AST === "cpython") return null;
  if (!existsSync(new URL("../../src/parser/index.ts", import.meta.url))) return null;
  const path = "../../src/parser/index.js";
  try {
    const mod = (await import(/* @vite-ignore */ path)) as { parseModule?: ParseModule };
    return typeof mod.parseModule === "function" ? mod.parseModule : null;
  } catch {
    return null;
  }
}

export async function* parsedWithPycell(parse: ParseModule, root: string, files: string[]): AsyncGenerator<SourceFile> {
  for (const rel of files) {
    const path = `${root}/${rel}`;
    let tree: Module | Error;
    try {
      tree = parse(readFileSync(path), path);
    } catch (e) {
      tree = e instanceof Error ? e : new Error(String(e));
    }
    yield { rel, tree };
  }
}

const parseFloatRepr = (s: string) => (s === "inf" ? Infinity : s === "-inf" ? -Infinity : s === "nan" ? NaN : Number(s));

/** JSON.parse reviver for the JSON of scripts/py_ast_json.py */
export function revive(_key: string, v: unknown): unknown {
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

export async function* parsedByCPython(root: string): AsyncGenerator<SourceFile> {
  const child = spawn("python3", ["scripts/symtable_ref.py", "asts", root], { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) {
    const tab = line.indexOf("\t");
    const json = line.slice(tab + 1);
    yield { rel: line.slice(0, tab), tree: json === "null" ? null : (JSON.parse(json, revive) as Module) };
  }
}

/** One file's tree from scripts/py_ast_json.py output. */
export function cpythonAstFromJson(json: string): Module {
  return JSON.parse(json, revive) as Module;
}
