// CPython's own test files (read from the machine's installation, never copied) run
// under bin/pycell; expected.txt says, per test, whether it passes, fails (known gap)
// or does not apply (cpython_only and the like). A test marked `pass` that no longer
// passes fails this suite. To add a file or record progress:
//   CPYTHON_UPDATE=test_x,test_y npx vitest run tests/cpython   (or =all; needs dist/)
// Each file is one pycell process; all of them run concurrently.
import { describe, it, expect, beforeAll } from "vitest";
import { readExpected, runFile, pool, type FileRun } from "./results.js";

import { updateExpected } from "./update-expected.js";

const update = process.env.CPYTHON_UPDATE;
if (update) await updateExpected(update === "all" ? [] : update.split(","));
// A file with no passing test cannot regress, so it is not run (many files of issue 5
// still stop at an import); CPYTHON_ALL=1 runs every file anyway.
// A slow file (over 40 s when recorded) is left to CPYTHON_ALL=1 as well.
const files = readExpected().filter((f) => process.env.CPYTHON_ALL || (!f.slow && [...f.tests.values()].some((t) => t.status === "pass")));
const runs = new Map<string, FileRun>();

beforeAll(async () => {
  // generous: a loaded machine runs test_statistics (35 s quiet) two or three times slower
  const timeout = process.env.CPYTHON_ALL ? 3_600_000 : 150_000;
  for (const r of await pool(files, 2, (f) => runFile(f.file, timeout))) runs.set(r.file, r);
}, 900_000);

describe("CPython test files under pycell", () => {
  for (const f of files) {
    it(f.file, () => {
      const run = runs.get(f.file)!;
      const lost: string[] = [];
      for (const [id, want] of f.tests) {
        if (want.status !== "pass") continue;
        const got = run.verdicts.get(id);
        // an expected failure that still fails is how update-expected records a pass
        if (got?.verdict !== "pass" && got?.verdict !== "xfail") lost.push(`${id}: ${got ? got.verdict : "not run"}`);
      }
      const tail = run.output.split("\n").slice(-30).join("\n");
      expect(lost, `regressions in ${f.file}; end of output:\n${tail}`).toEqual([]);
      // a file that finished when recorded must still finish (one that dies early shows here)
      if (!f.died) expect(run.ran, tail).not.toBeNull();
    });
  }
});
