// Parser speed: every .py file of the CPython standard library, parsed in one process by
// pycell (parseModule) and by CPython (ast.parse), side by side. Not a test.
// usage: node bench/parse-stdlib.mjs [ROUNDS]   (best of ROUNDS, default 3)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadParser, stdlibDir, stdlibFiles } from "./parse-stdlib-lib.mjs";

const rounds = Number(process.argv[2] ?? 3);
const { parseModule, CompileError } = await loadParser();
const dir = stdlibDir();
const files = stdlibFiles(dir);
const sources = files.map((f) => readFileSync(join(dir, f)));
const bytes = sources.reduce((n, s) => n + s.length, 0);

let best = Infinity;
let errors = 0;
for (let r = 0; r < rounds; r++) {
  errors = 0;
  const t = process.hrtime.bigint();
  for (let i = 0; i < sources.length; i++) {
    try {
      parseModule(sources[i], files[i]);
    } catch (e) {
      if (!(e instanceof CompileError)) throw e;
      errors++;
    }
  }
  best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e9);
}

const py = `
import ast, sys, time, sysconfig, os
d = sysconfig.get_path("stdlib")
files = sys.stdin.read().split("\\n")
srcs = [open(os.path.join(d, f), "rb").read() for f in files]
best = 1e9
for _ in range(${rounds}):
    t = time.perf_counter()
    for f, s in zip(files, srcs):
        try:
            ast.parse(s, f)
        except SyntaxError:
            pass
    best = min(best, time.perf_counter() - t)
print(best)
`;
const cpy = Number(execFileSync("python3", ["-c", py], { input: files.join("\n"), encoding: "utf8", maxBuffer: 1 << 26 }).trim());

const mb = bytes / 1e6;
const line = (name, s) => `${name.padEnd(18)} ${s.toFixed(2).padStart(6)} s  ${(files.length / s).toFixed(0).padStart(6)} files/s  ${(mb / s).toFixed(1).padStart(6)} MB/s`;
console.log(`${files.length} files, ${mb.toFixed(1)} MB (best of ${rounds}; ${errors} files rejected)`);
console.log(line("pycell parseModule", best));
console.log(line("CPython ast.parse", cpy));
console.log(`pycell / CPython time: ${(best / cpy).toFixed(2)}`);
