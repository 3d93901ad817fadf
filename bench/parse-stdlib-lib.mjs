// Shared by bench/parse-stdlib*.mjs: bundles the parser and dumper from src/ with esbuild
// (so no build of dist/ is needed) and lists the standard library's .py files.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

export async function loadParser() {
  mkdirSync(".cache", { recursive: true });
  const out = ".cache/parse-stdlib-bundle.mjs";
  await build({
    stdin: { contents: 'export { parseModule } from "./src/parser/index.ts"; export { dumpAst } from "./src/ast/dump.ts"; export { CompileError } from "./src/ast/syntax-error.ts";', resolveDir: process.cwd(), loader: "ts" },
    bundle: true, format: "esm", platform: "neutral", outfile: out, logLevel: "warning",
  });
  return import(pathToFileURL(out).href + "?t=" + Date.now());
}

export function stdlibDir() {
  return execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"], { encoding: "utf8" }).trim();
}

export function stdlibFiles(dir = stdlibDir()) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) { if (e.name !== "site-packages") walk(join(d, e.name)); }
      else if (e.name.endsWith(".py")) out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out;
}
