// Rewrites tests/cpython/expected.txt from fresh runs: `pass` for tests that pass,
// `n/a REASON` for tests skipped as CPython-only (or skipped by CPython too),
// `fail` for the rest. Files named on the command line are added or refreshed;
// with none, every file already in the table is.
// Run through the test file: CPYTHON_UPDATE=test_scope,test_super npx vitest run tests/cpython
// (CPYTHON_UPDATE=all refreshes every file of the table; needs dist/ built).
import { writeFileSync } from "node:fs";
import { execFile } from "node:child_process";
import { EXPECTED, readExpected, runFile, parseVerbose, pool, SLOW_MS, testCommand, NOT_APPLICABLE } from "./results.js";

export async function updateExpected(requested: string[]): Promise<void> {
const known = readExpected();
const names = requested.length ? requested : known.map((f) => f.file);
const order = [...known.map((f) => f.file), ...names.filter((n) => !known.some((f) => f.file === n))];

let out = `# CPython test files run under bin/pycell by tests/cpython/cpython-tests.test.ts.
# Per file: "== FILE cpython=N" (tests python3 runs; "slow": its run took over 40 s, so only
# CPYTHON_ALL=1 runs it), then per test: pass | fail | n/a REASON.
# Regenerate with tests/cpython/update-expected.ts (see the top of that file).
`;
// python3 and pycell runs of the requested files, two processes at a time
const cpOuts = new Map<string, string>();
await pool(names, 2, async (file) => {
  cpOuts.set(file, await new Promise<string>((resolve) => {
    const { args, cwd } = testCommand(file);
    execFile("sh", ["-c", `python3 ${args.join(" ")} 2>&1`], { cwd, encoding: "utf8", maxBuffer: 1 << 28 }, (_err, stdout) => resolve(stdout ?? ""));
  }));
});
// a long limit: a slow file is recorded whole, and marked slow for npm test to skip
const runs = new Map((await pool(names, 2, (f) => runFile(f, 3_600_000))).map((r) => [r.file, r]));
for (const file of order) {
  if (!names.includes(file)) {
    const f = known.find((k) => k.file === file)!;
    out += `\n== ${file} cpython=${f.cpythonRuns}${f.slow ? " slow" : ""}\n`;
    for (const [id, t] of f.tests) out += `${id} ${t.status}${t.reason ? " " + t.reason : ""}\n`;
    continue;
  }
  const ref = parseVerbose(cpOuts.get(file) ?? "");
  const run = runs.get(file)!;
  let pass = 0, na = 0;
  const lines: string[] = [];
  for (const [id, r] of run.verdicts) {
    const cpVerdict = ref.verdicts.get(id)?.verdict;
    const notApplicable = NOT_APPLICABLE.get(`${file} ${id}`);
    if (notApplicable !== undefined) {
      lines.push(`${id} n/a ${notApplicable}`);
      na++;
    } else if (r.verdict === "pass" || r.verdict === "xfail") {
      lines.push(`${id} pass`);
      pass++;
    } else if (r.verdict === "skip" && (cpVerdict === "skip" || /CPython|cpython/.test(r.reason))) {
      lines.push(`${id} n/a ${r.reason}`);
      na++;
    } else if (cpVerdict === "fail" || cpVerdict === "error") {
      lines.push(`${id} n/a fails under CPython too when run as a script`);
      na++;
    } else lines.push(`${id} fail`);
  }
  // a file that dies before its tests run: keep the reason (the last line of output)
  const died = run.ran === null ? `\n# stops before running its tests: ${run.output.trim().split("\n").pop() ?? ""}` : "";
  const slow = run.ms > SLOW_MS ? ` slow` : "";
  out += `\n== ${file} cpython=${ref.ran ?? 0}${slow}\n# pycell ran ${run.ran ?? 0}: ${pass} pass, ${na} n/a, ${run.verdicts.size - pass - na} fail${died}\n` + lines.join("\n") + "\n";
  console.log(`${file}: cpython ran ${ref.ran}, pycell ran ${run.ran}: ${pass} pass, ${na} n/a (${(run.ms / 1000).toFixed(0)} s)`);
}
writeFileSync(EXPECTED, out);
}
