// Development aid: unified diff of pycell's and CPython's dump of one file.
// usage: node bench/parse-stdlib-diff.mjs FILE [-a]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { loadParser } from "./parse-stdlib-lib.mjs";

const { parseModule, dumpAst, CompileError } = await loadParser();
const path = process.argv[2];
const pos = process.argv.includes("-a");
let mine;
try {
  mine = dumpAst(parseModule(readFileSync(path), path), pos);
} catch (e) {
  if (!(e instanceof CompileError)) throw e;
  mine = `SyntaxError: ${e.msg} (${e.lineno}:${e.offset})`;
}
writeFileSync(".cache/mine.txt", mine + "\n");
writeFileSync(".cache/theirs.txt", execFileSync("python3", ["/work/shared/tools/ast_dump.py", ...(pos ? ["-a"] : []), path], { encoding: "utf8", maxBuffer: 1 << 30 }));
try {
  execFileSync("diff", ["-u", ".cache/theirs.txt", ".cache/mine.txt"], { stdio: "inherit" });
} catch { /* diff exits 1 when files differ */ }
