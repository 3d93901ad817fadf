// Codegen over real code: a sample of the standard library (every 8th file, sorted)
// must compile to JavaScript that `new Function` accepts, and raise a CompileError only
// where CPython's compile() fails too.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { stdlibDir } from "../support/paths.js";
import { parseModule } from "../../src/parser/index.js";
import { compileModule } from "../../src/codegen/compiler.js";
import { CompileError } from "../../src/ast/syntax-error.js";

function pyFiles(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir).sort()) {
    if (n === "site-packages") continue;
    const p = join(dir, n);
    if (statSync(p).isDirectory()) pyFiles(p, out);
    else if (n.endsWith(".py")) out.push(p);
  }
  return out;
}

describe("stdlib sample compiles to valid JavaScript", () => {
  it("every 8th file", () => {
    const files = pyFiles(stdlibDir()).filter((_, i) => i % 8 === 0);
    const rejected = new Set<string>(JSON.parse(execFileSync("python3", ["tests/codegen/compile_check.py"], { input: JSON.stringify(files), encoding: "utf8" })));
    const problems: string[] = [];
    for (const f of files) {
      try {
        const js = compileModule(parseModule(readFileSync(f), f), f).js;
        new Function("$R", "$K", "$C", "$G", "$ns", js);
        if (rejected.has(f)) problems.push(`${f}: CPython rejects it, pycell compiled it`);
      } catch (e) {
        if (e instanceof CompileError && rejected.has(f)) continue;
        problems.push(`${f}: ${e instanceof CompileError ? "CompileError " + e.msg : String(e)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
