// Every .py file of the machine's CPython standard library: pycell's AST dump (with and
// without positions) must equal CPython's. CPython's side is a committed list of sha1
// hashes (scripts/stdlib_ast_hashes.py); if the installed python3 is another version, the
// list is regenerated into .cache/ first. Files listed in known-differences.txt may differ.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { dumpAst } from "../../src/ast/dump.js";
import { CompileError } from "../../src/ast/syntax-error.js";
import { parseModule } from "../../src/parser/index.js";
import { stdlibDir } from "../support/paths.js";

interface Hashes { python: string; files: Record<string, [string, string]> }

function expectedHashes(): Hashes {
  const committed = JSON.parse(readFileSync("tests/parser/stdlib-ast-hashes.json", "utf8")) as Hashes;
  const version = execFileSync("python3", ["-c", "import sys; print(sys.version)"], { encoding: "utf8" }).trim();
  if (committed.python === version) return committed;
  const cached = ".cache/stdlib-ast-hashes.json";
  if (existsSync(cached)) {
    const c = JSON.parse(readFileSync(cached, "utf8")) as Hashes;
    if (c.python === version) return c;
  }
  execFileSync("python3", ["scripts/stdlib_ast_hashes.py", cached], { stdio: "inherit" });
  return JSON.parse(readFileSync(cached, "utf8")) as Hashes;
}

function knownDifferences(): Set<string> {
  const out = new Set<string>();
  for (const line of readFileSync("tests/parser/known-differences.txt", "utf8").split("\n")) {
    const path = line.replace(/#.*/, "").trim();
    if (path) out.add(path);
  }
  return out;
}

function pyFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) { if (e.name !== "site-packages") walk(join(d, e.name)); }
      else if (e.name.endsWith(".py")) out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out.sort();
}

const sha1 = (s: string): string => createHash("sha1").update(s).digest("hex");

describe("parser on the standard library", () => {
  it("dumps every stdlib file as CPython does", () => {
    const dir = stdlibDir();
    const expected = expectedHashes().files;
    const known = knownDifferences();
    const unexpected: string[] = [];
    const nowPassing: string[] = [];
    let same = 0;
    const files = pyFiles(dir);
    for (const rel of files) {
      const path = join(dir, rel);
      let plain: string;
      let positions: string;
      try {
        const tree = parseModule(readFileSync(path), path);
        plain = dumpAst(tree, false);
        positions = dumpAst(tree, true);
      } catch (e) {
        if (!(e instanceof CompileError)) throw new Error(`${rel}: ${String(e)}`);
        plain = positions = `SyntaxError: ${e.msg} (${e.lineno}:${e.offset})`;
      }
      const exp = expected[rel];
      const ok = exp !== undefined && sha1(plain) === exp[0] && sha1(positions) === exp[1];
      if (ok) same++;
      if (ok && known.has(rel)) nowPassing.push(rel);
      if (!ok && !known.has(rel)) unexpected.push(`${rel}${exp && sha1(plain) === exp[0] ? " (positions only)" : ""}`);
    }
    if (nowPassing.length) console.log(`now identical, remove from tests/parser/known-differences.txt:\n  ${nowPassing.join("\n  ")}`);
    console.log(`stdlib AST dumps: ${same} of ${files.length} files identical (${((100 * same) / files.length).toFixed(2)}%)`);
    expect(files.length).toBeGreaterThan(1000);
    expect(unexpected).toEqual([]);
    expect(same / files.length).toBeGreaterThanOrEqual(0.995);
  }, 600_000);
});
