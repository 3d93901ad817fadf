// The one test command (README, CI): type-check, build, run vitest, then print the totals
// line `N passed, M failed` last, as CI expects.
import { spawnSync } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";

const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit" }).status ?? 1;
let passed = 0;
let failed = 0;

run("node", ["scripts/gen-frozen.mjs"]);
if (run("npx", ["tsc", "--noEmit", "-p", "."]) === 0) passed++;
else { failed++; console.error("typecheck failed"); }
if (run("node", ["scripts/build.mjs"]) !== 0) { console.error("build failed"); console.log(`${passed} passed, ${failed + 1} failed`); process.exit(1); }

mkdirSync(".cache", { recursive: true });
const out = ".cache/vitest.json";
const extra = process.argv.slice(2);
run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${out}`, ...extra]);
try {
  const r = JSON.parse(readFileSync(out, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // a suite that fails to load counts as a failure even with no test inside it
  failed += r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
} catch {
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
