// The pure parts of the benchmark harness (bench/lib.mjs): statistics, options, failure
// reasons, ratios and report rendering. Nothing is timed here.
import { describe, expect, it } from "vitest";
import {
  failureReason,
  geomean,
  groupOf,
  median,
  parseArgs,
  renderReport,
  summarize,
  summarizeBenchmark,
  table,
  type RawBenchmark,
  type Results,
  type Run,
} from "../../bench/lib.mjs";

const run = (over: Partial<Run>): Run => ({
  wall: 1, cpu: 1, maxrss_kb: 1000, status: 0, signal: null, timed_out: false, stdout: "42\n", stderr: "", ...over,
});
const kept = (wall: number, maxrss_kb: number) => ({ wall, cpu: wall, maxrss_kb });
const raw = (name: string, c: number[], p: number[], reason: string | null = null): RawBenchmark => ({
  name,
  file: `x/${name}.py`,
  checksum: "42\n",
  reason,
  cpython: { runs: c.map((w) => kept(w, 10_000)) },
  pycell: { runs: p.map((w) => kept(w, 30_000)) },
});

describe("statistics", () => {
  it("median of odd and even lengths, unsorted input left alone", () => {
    const xs = [3, 1, 2];
    expect(median(xs)).toBe(2);
    expect(xs).toEqual([3, 1, 2]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow();
  });
  it("geometric mean", () => {
    expect(geomean([2, 8])).toBeCloseTo(4, 12);
    expect(geomean([0.5, 2, 1])).toBeCloseTo(1, 12);
    expect(geomean([])).toBeNull();
  });
});

describe("options", () => {
  it("defaults and flags", () => {
    expect(parseArgs([])).toMatchObject({ runs: 5, only: [], pycellCmd: null, pythonCmd: ["python3"], build: true });
    expect(parseArgs(["--quick"]).runs).toBe(1);
    expect(parseArgs(["--runs", "3", "--only", "b1,b2", "--only", "p4"])).toMatchObject({ runs: 3, only: ["b1", "b2", "p4"] });
    expect(parseArgs(["--pycell-cmd", "python3 -X dev"]).pycellCmd).toEqual(["python3", "-X", "dev"]);
    expect(() => parseArgs(["--runs", "0"])).toThrow();
    expect(() => parseArgs(["--runs"])).toThrow();
    expect(() => parseArgs(["--frobnicate"])).toThrow();
  });
});

describe("failure reasons", () => {
  it("accepts equal output and names each kind of failure", () => {
    expect(failureReason(run({}), "42\n", 60)).toBeNull();
    expect(failureReason(run({ stdout: "41\n" }), "42\n", 60)).toMatch(/^wrong output/);
    expect(failureReason(run({ status: 1, stderr: "Traceback...\nNameError: x\n" }), "42\n", 60)).toBe("exit status 1: NameError: x");
    expect(failureReason(run({ status: null, signal: 9 }), "42\n", 60)).toBe("killed by signal 9");
    expect(failureReason(run({ status: null, signal: 9, timed_out: true }), "42\n", 60)).toBe("timed out after 60 s");
  });
});

describe("summaries", () => {
  const rows = [
    summarizeBenchmark(raw("b0_empty", [0.02, 0.03, 0.025], [0.04, 0.05, 0.045])),
    summarizeBenchmark(raw("b1_closure_factory", [1, 1.2, 1.1], [0.4, 0.5, 0.6])),
    summarizeBenchmark(raw("b2_nonlocal_counter", [1], [], "exit status 2: not implemented")),
    summarizeBenchmark(raw("p1_methods", [2], [1])),
  ];
  it("ratios, groups and targets per benchmark", () => {
    expect(rows.map((r) => r.group)).toEqual(["startup", "closure", "closure", "other"]);
    expect(rows[0].ratio).toBeCloseTo(1.8, 12);
    expect(rows[0].time_target_met).toBe(false);
    expect(rows[1].ratio).toBeCloseTo(0.5 / 1.1, 12);
    expect(rows[1].time_target_met).toBe(true);
    expect(rows[1].mem_ratio).toBe(3);
    expect(rows[1].mem_target_met).toBe(false);
    expect(rows[2].ratio).toBeNull();
    expect(rows[2].cpython.median_wall).toBe(1);
  });
  it("geometric means leave failed rows out", () => {
    const s = summarize(rows);
    expect(s).toMatchObject({ total: 4, passed: 3, failed: 1, closure_counted: 1, closure_total: 2 });
    expect(s.geomean_all).toBeCloseTo(Math.cbrt(1.8 * (0.5 / 1.1) * 0.5), 12);
    expect(s.geomean_closure).toBeCloseTo(0.5 / 1.1, 12);
    expect(s.closure_geomean_target_met).toBe(true);
  });
  it("renders the report with every row, the means and the failure reasons", () => {
    const results: Results = {
      schema: 1,
      date: "2026-01-01T00:00:00.000Z",
      machine: { cpu: "Some CPU", cores: 2, os: "Linux", loadavg: "0 0 0", node: "v20", python: "Python 3.11.7", pycell: "pycell" },
      commit: "abc1234",
      options: { runs: 3, timeout: 300, pycell_cmd: ["bin/pycell"], python_cmd: ["python3"] },
      benchmarks: rows,
      summary: summarize(rows),
      parse_stdlib: null,
      dist_changed: false,
    };
    const md = renderReport(results);
    for (const r of rows) expect(md).toContain(`| ${r.name}`);
    expect(md).toContain("Some CPU, 2 cores");
    expect(md).toContain("b2_nonlocal_counter: exit status 2: not implemented");
    expect(md).toContain("closure benchmarks b1–b5: 0.45 ✓");
    expect(md).toMatch(/\| b1_closure_factory +\| 1\.100 +\| 0\.500 +\| 0\.45 ✓ +\| ≤ 1\.0 +\| 0\.45 +\| 9\.8 /);
  });
  it("table cells escape pipes and keep columns aligned", () => {
    const t = table(["a", "bb"], [["x|y", "z"]]).split("\n");
    expect(t[2]).toBe("| x\\|y | z  |");
    expect(new Set(t.map((l) => l.length)).size).toBe(1);
  });
});
