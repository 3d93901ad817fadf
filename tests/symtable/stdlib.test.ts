// Every .py file of the machine's CPython standard library (site-packages excluded):
// pycell's scope dump must equal what /work/shared/tools/symtable_dump.py prints, and the
// names and counts each code object takes from the symtable (co_varnames, co_cellvars,
// co_freevars, argument counts, scope flags) must equal those of CPython's compiled code.
// CPython's side is computed by one python3 process (scripts/symtable_ref.py hashes)
// running while pycell works, and kept in .cache/ until the stdlib or the script changes. Files that may differ are listed, with reasons, in
// known-differences.txt (dumps) and known-code-differences.txt (code objects).
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CompileError } from "../../src/ast/syntax-error.js";
import { buildSymtable, dumpSymtable, symtableErrorLine } from "../../src/symtable/index.js";
import { stdlibDir } from "../support/paths.js";
import { codeLines } from "./code-info.js";
import { cpythonAstFromJson, loadParser, parsedByCPython, parsedWithPycell, type SourceFile } from "./stdlib-source.js";

const run = promisify(execFile);

function knownDifferences(list: string): Map<string, string> {
  const text = readFileSync(new URL(list, import.meta.url), "utf8");
  const known = new Map<string, string>();
  for (const line of text.split("\n")) {
    const m = /^(\S+)\s*(?:#\s*(.*))?$/.exec(line.trim());
    if (m && !line.trim().startsWith("#")) known.set(m[1]!, m[2] ?? "");
  }
  return known;
}

function pyFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${ent.name}`;
      if (ent.isDirectory()) {
        if (!(dir === root && ent.name === "site-packages")) walk(path);
      } else if (ent.name.endsWith(".py")) {
        out.push(relative(root, path));
      }
    }
  };
  walk(root);
  return out.sort();
}

/** What `pycell --dump-symtable` prints for one file, and its code lines (null when the
 *  file does not compile). */
function pycellDump(file: SourceFile): { dump: string; codes: string | null } | null {
  if (file.tree === null) return null;
  try {
    if (file.tree instanceof Error) throw file.tree;
    const table = buildSymtable(file.tree, `${stdlibDir()}/${file.rel}`);
    return { dump: dumpSymtable(table), codes: codeLines(table) };
  } catch (e) {
    if (e instanceof CompileError) return { dump: symtableErrorLine(e) + "\n", codes: null };
    return { dump: `Error: ${e instanceof Error ? e.message : String(e)}\n`, codes: null };
  }
}

const sha1 = (s: string) => createHash("sha1").update(s, "utf8").digest("hex");

/** CPython's hashes, from .cache/ when neither the stdlib files nor the script changed. */
async function referenceHashes(root: string): Promise<string> {
  const stamp = pyFiles(root).map((rel) => {
    const st = statSync(`${root}/${rel}`);
    return `${rel}:${st.size}:${st.mtimeMs}`;
  });
  const key = sha1([readFileSync("scripts/symtable_ref.py", "utf8"), root, ...stamp].join("\n"));
  const cached = `.cache/symtable-ref-${key}.tsv`;
  if (existsSync(cached)) return readFileSync(cached, "utf8");
  const { stdout } = await run("python3", ["scripts/symtable_ref.py", "hashes", root], { maxBuffer: 1 << 26 });
  mkdirSync(".cache", { recursive: true });
  writeFileSync(cached, stdout);
  return stdout;
}

describe("symtable of the standard library", () => {
  it("matches CPython's symtable module file by file", async () => {
    const root = stdlibDir();
    const reference = referenceHashes(root);
    const parse = await loadParser();
    const source = parse ? parsedWithPycell(parse, root, pyFiles(root)) : parsedByCPython(root);

    const ours = new Map<string, { dump: string; codes: string | null }>();
    let unavailable = 0;
    for await (const file of source) {
      const result = pycellDump(file);
      if (result === null) unavailable++;
      else ours.set(file.rel, { dump: sha1(result.dump), codes: result.codes === null ? null : sha1(result.codes) });
    }

    const expected = (await reference).trim().split("\n").map((l) => l.split("\t") as [string, string, string]);
    const known = knownDifferences("./known-differences.txt");
    const knownCodes = knownDifferences("./known-code-differences.txt");
    const unexpected: string[] = [];
    const unexpectedCodes: string[] = [];
    const nowPassing: string[] = [];
    let same = 0;
    let codesCompared = 0;
    let codesSame = 0;
    for (const [rel, hash, codes] of expected) {
      const mine = ours.get(rel);
      if (mine === undefined) continue;
      if (mine.dump === hash) {
        same++;
        if (known.has(rel)) nowPassing.push(rel);
      } else if (!known.has(rel)) {
        unexpected.push(rel);
      }
      if (codes === "-" || mine.codes === null) continue;
      codesCompared++;
      if (mine.codes === codes) {
        codesSame++;
        if (knownCodes.has(rel)) nowPassing.push(`${rel} (codes)`);
      } else if (!knownCodes.has(rel)) {
        unexpectedCodes.push(rel);
      }
    }
    const compared = ours.size;
    console.log(`symtable stdlib (${parse ? "pycell parser" : "CPython AST"}): dumps ${same}/${compared} identical, ${unavailable} without a tree, ${expected.length} files; code objects ${codesSame}/${codesCompared} identical`);
    if (nowPassing.length) console.log(`known differences that now match (remove them from the lists): ${nowPassing.join(" ")}`);
    // show where the first few unexpected files start to differ
    for (const rel of unexpected.slice(0, Number(process.env.PYCELL_SYMTABLE_SHOW ?? 3))) {
      const want = (await run("python3", ["scripts/symtable_ref.py", "dump", `${root}/${rel}`], { maxBuffer: 1 << 26 })).stdout.split("\n");
      const got = (pycellDump(await firstTree(parse, root, rel))?.dump ?? "").split("\n");
      const at = want.findIndex((line, i) => line !== got[i]);
      console.log(`${rel}: first difference at line ${at + 1}\n  CPython: ${want[at]}\n  pycell:  ${got[at]}`);
    }
    for (const rel of unexpectedCodes.slice(0, Number(process.env.PYCELL_SYMTABLE_SHOW ?? 3))) {
      const want = (await run("python3", ["scripts/symtable_ref.py", "codes", `${root}/${rel}`], { maxBuffer: 1 << 26 })).stdout.trimEnd().split("\n");
      const got = (pycellDump(await firstTree(parse, root, rel))?.codes ?? "").split("\n");
      console.log(`${rel}: code objects differ\n  CPython only: ${want.filter((l) => !got.includes(l)).join("\n                ")}\n  pycell only:  ${got.filter((l) => !want.includes(l)).join("\n                ")}`);
    }
    expect(unexpected).toEqual([]);
    expect(unexpectedCodes).toEqual([]);
    expect(expected.length).toBeGreaterThan(1500);
    expect(same / compared).toBeGreaterThanOrEqual(0.995);
    expect(codesSame / codesCompared).toBeGreaterThanOrEqual(0.995);
  }, 300_000);
});

async function firstTree(parse: Awaited<ReturnType<typeof loadParser>>, root: string, rel: string): Promise<SourceFile> {
  if (parse) {
    for await (const f of parsedWithPycell(parse, root, [rel])) return f;
  }
  const { stdout } = await run("python3", ["scripts/py_ast_json.py", `${root}/${rel}`], { maxBuffer: 1 << 30 });
  return { rel, tree: cpythonAstFromJson(stdout) };
}
