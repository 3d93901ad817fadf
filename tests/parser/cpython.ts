// Runs CPython on many small sources in one python3 process (scripts/ast_dump_many.py) and
// pycell on the same sources, both giving `ast_dump.py -a` lines (errors prefixed with
// their class), so tests compare the two without hand-written expectations.
import { execFileSync } from "node:child_process";
import { dumpAst } from "../../src/ast/dump.js";
import { CompileError } from "../../src/ast/syntax-error.js";
import { parseModule } from "../../src/parser/index.js";

const utf8 = (s: string): string => Buffer.from(s, "utf8").toString("latin1");

/** CPython's results for sources given as text (encoded as UTF-8) or raw bytes. */
export function cpythonDumps(sources: (string | Uint8Array)[]): string[] {
  const input = JSON.stringify(sources.map((s) => (typeof s === "string" ? utf8(s) : Buffer.from(s).toString("latin1"))));
  return JSON.parse(execFileSync("python3", ["scripts/ast_dump_many.py"], { input, encoding: "utf8", maxBuffer: 1 << 30 })) as string[];
}

export function pycellDump(source: string | Uint8Array): string {
  const bytes = typeof source === "string" ? Buffer.from(source, "utf8") : source;
  try {
    return dumpAst(parseModule(bytes, "<test>"), true);
  } catch (e) {
    if (e instanceof CompileError) return `${e.kind}: ${e.msg} (${e.lineno}:${e.offset})`;
    return `JS error: ${String(e)}`;
  }
}
