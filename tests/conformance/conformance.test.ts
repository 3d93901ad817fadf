// The conformance suite: every program under tests/conformance/TOPIC/ runs through
// bin/pycell (a child process) and through runSource (in-process), and both must
// reproduce CPython's stdout, exit status and last stderr line as recorded by
// regen.py. Programs listed in xfail.txt are expected to fail: they are reported as
// skipped while they fail, and loudly when they start passing (a failure only with
// CONFORMANCE_STRICT=1, so progress never breaks the build). update-xfail.mjs
// rewrites xfail.txt from the results this run saves in .cache/conformance/.
//
// Environment: CONFORMANCE_FILTER=a,b runs only programs whose path contains a or b;
// CONFORMANCE_JOBS=N sets how many bin/pycell processes run at once; PYCELL_BIN=path
// runs another build's bin/pycell.
import { existsSync, mkdirSync, statSync, readdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { difference, expected, HERE, listPrograms, readXfail, type Outcome } from "./programs.js";
import { runApi } from "./runner-api.js";
import { runCli } from "./runner-cli.js";

const ROOT = join(HERE, "..", "..");
const filter = (process.env.CONFORMANCE_FILTER ?? "").split(",").filter((f) => f !== "");
const programs = listPrograms().filter((p) => filter.length === 0 || filter.some((f) => p.includes(f)));
const xfail = readXfail();
const strict = process.env.CONFORMANCE_STRICT === "1";
const jobs = Number(process.env.CONFORMANCE_JOBS) || Math.min(4, availableParallelism());

let cli = new Map<string, Outcome>();
let api = new Map<string, Outcome>();
const failures = new Map<string, string>();

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    newest = Math.max(newest, s.isDirectory() ? newestMtime(path) : s.mtimeMs);
  }
  return newest;
}

function staleDistWarning(): void {
  const dist = join(ROOT, "dist", "cli.js");
  if (!existsSync(dist)) console.warn("conformance: dist/cli.js is missing; run `node scripts/build.mjs` (npm test does)");
  else if (newestMtime(join(ROOT, "src")) > statSync(dist).mtimeMs) {
    console.warn("conformance: dist/ is older than src/, so bin/pycell runs stale code; run `node scripts/build.mjs` (npm test does)");
  }
}

beforeAll(async () => {
  staleDistWarning();
  // PYCELL_BIN: a private build's bin/pycell (scripts/build.mjs with PYCELL_DIST)
  [cli, api] = await Promise.all([runCli(programs, { jobs, pycell: process.env.PYCELL_BIN || undefined }), runApi(programs)]);
  const summary: Record<string, string | null> = {};
  for (const rel of programs) {
    const want = expected(rel);
    let why: string | undefined;
    if (!want) why = "no .out/.err: run tests/conformance/regen.py";
    else {
      const c = cli.get(rel);
      const a = api.get(rel);
      const dc = c ? difference(want, c) : "not run";
      const da = a ? difference(want, a) : "not run";
      if (dc || da) why = [dc && `bin/pycell: ${dc}`, da && `runSource: ${da}`].filter(Boolean).join("\n");
    }
    if (why) failures.set(rel, why);
    summary[rel] = why ?? null;
  }
  mkdirSync(join(ROOT, ".cache", "conformance"), { recursive: true });
  writeFileSync(join(ROOT, ".cache", "conformance", "results.json"), JSON.stringify({ filter, programs: summary }, null, 1));
  const newlyPassing = programs.filter((p) => xfail.has(p) && !failures.has(p));
  if (newlyPassing.length) {
    console.warn(`\n*** conformance: ${newlyPassing.length} program(s) in xfail.txt now PASS; remove them (node tests/conformance/update-xfail.mjs):\n${newlyPassing.map((p) => "    " + p).join("\n")}\n`);
  }
}, 900_000);

describe("conformance", () => {
  it("has programs with expected results", () => {
    expect(programs.length).toBeGreaterThan(0);
  });
  for (const rel of programs) {
    it(rel, (ctx) => {
      const why = failures.get(rel);
      if (xfail.has(rel)) {
        if (why !== undefined) ctx.skip(`expected failure: ${why.split("\n")[0]}`);
        if (strict) expect.fail(`${rel} is listed in xfail.txt but passes`);
        return;
      }
      if (why !== undefined) expect.fail(why);
    });
  }
});
