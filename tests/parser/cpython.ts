// Runs CPython on many small sources in one python3 process (scripts/ast_dump_many.py) and
// pycell on the same sources, both giving `ast_dump.py -a` lines (errors prefixed with
// their class), so tests compare the two without hand-written expectations.
import { execFileSync } from "node:child_process";
import { dumpAst } from "../../src/ast/dump.js";
import { CompileError } from "../../src/ast/syntax-error.js";
import type { Node } from "../../src/ast/nodes.js";
import { parseExpression, parseInteractive, parseModule } from "../../src/parser/index.js";

const utf8 = (s: string): string => Buffer.from(s, "utf8").toString("latin1");

export type Mode = "exec" | "eval" | "single";

/** CPython's results for sources given as text (encoded as UTF-8) or raw bytes. */
export function cpythonDumps(sources: (string | Uint8Array)[], mode: Mode = "exec"): string[] {
  const input = JSON.stringify(sources.map((s) => [typeof s === "string" ? utf8(s) : Buffer.from(s).toString("latin1"), mode]));
  return JSON.parse(execFileSync("python3", ["scripts/ast_dump_many.py"], { input, encoding: "utf8", maxBuffer: 1 << 30 })) as string[];
}

export function pycellDump(source: string | Uint8Array, mode: Mode = "exec"): string {
  const bytes = typeof source === "string" ? Buffer.from(source, "utf8") : source;
  const parse: (s: Uint8Array, f: string) => Node = mode === "exec" ? parseModule : mode === "eval" ? parseExpression : parseInteractive;
  try {
    return dumpAst(parse(bytes, "<test>"), true);
  } catch (e) {
    if (e instanceof CompileError) return `${e.kind}: ${e.msg} (${e.lineno}:${e.offset})`;
    return `JS error: ${String(e)}`;
  }
}
