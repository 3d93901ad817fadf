// Types for bench/lib.mjs, so that tests/bench/ can import it under strict TypeScript.

/** One whole-process run as bench/measure.py reports it. */
export interface Run {
  wall: number;
  cpu: number;
  maxrss_kb: number;
  status: number | null;
  signal: number | null;
  timed_out: boolean;
  stdout: string;
  stderr: string;
}
/** What the results file keeps of a run. */
export interface KeptRun {
  wall: number;
  cpu: number;
  maxrss_kb: number;
}
export interface Side {
  runs: KeptRun[];
  median_wall?: number;
  median_cpu?: number;
  max_rss_kb?: number;
}
export type Group = "startup" | "closure" | "other";
export interface RawBenchmark {
  name: string;
  file: string;
  checksum: string | null;
  reason: string | null;
  cpython: Side;
  pycell: Side;
}
export interface Benchmark extends RawBenchmark {
  group: Group;
  ratio: number | null;
  mem_ratio: number | null;
  cpu_ratio: number | null;
  target: number;
  time_target_met: boolean | null;
  mem_target_met: boolean | null;
}
export interface Summary {
  total: number;
  passed: number;
  failed: number;
  geomean_all: number | null;
  geomean_closure: number | null;
  closure_counted: number;
  closure_total: number;
  closure_geomean_target_met: boolean | null;
}
export interface Results {
  schema: number;
  date: string;
  machine: { cpu: string; cores: number; os: string; loadavg: string; node: string; python: string; pycell: string };
  commit: string;
  options: { runs: number; timeout: number; pycell_cmd: string[]; python_cmd: string[] };
  benchmarks: Benchmark[];
  summary: Summary;
  parse_stdlib: { status: string; wall: number; output: string; data: unknown; ratio: number | null } | null;
  /** dist/cli.js changed between the start and the end of the run */
  dist_changed: boolean;
}
export interface Options {
  runs: number;
  only: string[];
  timeout: number;
  out: string | null;
  build: boolean;
  parse: boolean;
  pycellCmd: string[] | null;
  pythonCmd: string[];
  help: boolean;
}

export function median(xs: number[]): number;
export function geomean(xs: number[]): number | null;
export function groupOf(name: string): Group;
export const TARGETS: { startup: number; closure: number; closureGeomean: number; other: number; memory: number };
export const USAGE: string;
export function parseArgs(argv: string[]): Options;
export function failureReason(run: Run, expectedStdout: string, timeout: number): string | null;
export function summarizeBenchmark(b: RawBenchmark): Benchmark;
export function summarize(benchmarks: Benchmark[]): Summary;
export function table(header: string[], rows: string[][]): string;
export function resultsTable(benchmarks: Benchmark[]): string;
export function summaryLines(s: Summary): string[];
export function renderConsole(results: Results): string;
export function renderReport(results: Results, notes?: string): string;
