// pycell's own unittest and test.support (src/stdlib/lib, plain Python) checked under
// CPython, before pycell can run them: CPython's test files, read from the machine's
// installation, must give the same report with our unittest as with CPython's own.
// One python3 driver starts those runs at once (compare_runs.py); the fixtures must
// print exactly CPython's report, failure blocks and assert messages included.
import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { stdlibDir } from "../support/paths.js";

const lib = "src/stdlib/lib";
const here = "tests/stdlib-py";
const targets = ["test_scope.py", "test_funcattrs.py", "test_super.py"];
// no __pycache__ folders inside src/stdlib/lib
const env = { ...process.env, PYTHONDONTWRITEBYTECODE: "1" };

interface RunSummary {
  ran: number | null;
  status: string | null;
  returncode: number;
  results: string[];
}
type Report = Record<string, { cpython: RunSummary; pycell: RunSummary }>;

function compareRuns(files: string[]): Report {
  const paths = files.map((f) => (f.includes("/") ? f : `${stdlibDir()}/test/${f}`));
  const out = execFileSync("python3", [`${here}/compare_runs.py`, lib, ...paths], { encoding: "utf8", maxBuffer: 1 << 28, env });
  return JSON.parse(out) as Report;
}

interface Output {
  status: number | null;
  stdout: string;
  stderr: string;
}

// One fixture run under CPython's unittest and under ours, timings blanked.
function bothRuns(fixture: string, args: string[]): { cpython: Output; pycell: Output } {
  const normalize = (s: string) => s.replace(/Ran (\d+) tests? in [0-9.]+s/, "Ran $1 tests in X.XXXs");
  const pick = (r: ReturnType<typeof spawnSync>): Output => ({
    status: r.status,
    stdout: String(r.stdout),
    stderr: normalize(String(r.stderr)),
  });
  const path = `${here}/fixtures/${fixture}`;
  return {
    cpython: pick(spawnSync("python3", [path, ...args], { encoding: "utf8", env })),
    pycell: pick(spawnSync("python3", [`${here}/run_with_pycell_unittest.py`, lib, path, ...args], { encoding: "utf8", env })),
  };
}

describe("pycell's unittest under CPython", () => {
  const report = compareRuns([...targets, `${here}/fixtures/unittest_features.py`]);

  for (const name of targets) {
    it(`${name}: same tests, same results as CPython's unittest`, () => {
      const { cpython, pycell } = report[name];
      expect(cpython.ran).toBeGreaterThan(0);
      expect(pycell.ran).toBe(cpython.ran);
      expect(pycell.status).toBe(cpython.status);
      expect(pycell.returncode).toBe(cpython.returncode);
      expect(pycell.results).toEqual(cpython.results);
    });
  }

  it("the feature fixture gives the same verbose results", () => {
    const { cpython, pycell } = report["unittest_features.py"];
    expect(pycell).toEqual(cpython);
  });

  it("the feature fixture prints CPython's exact report at verbosity 1", () => {
    const { cpython, pycell } = bothRuns("unittest_features.py", []);
    expect(pycell).toEqual(cpython);
  });

  it("assert methods give CPython's failure messages", () => {
    const { cpython, pycell } = bothRuns("assert_messages.py", []);
    expect(cpython.status).toBe(0);
    expect(pycell).toEqual(cpython);
  });

  const variants: string[][] = [["-v"], ["-b"], ["-q"], ["-f"], ["-k", "output", "-b"], ["Helpers", "SetUpSkips.test_y", "NoSuch", "Helpers.nosuch"]];
  for (const args of variants) {
    it(`runner edge cases, ${args.join(" ")}: CPython's exact report`, () => {
      const { cpython, pycell } = bothRuns("runner_edge_cases.py", args);
      expect(pycell).toEqual(cpython);
    });
  }
});
