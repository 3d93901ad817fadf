// Running one of CPython's test files under bin/pycell and reading unittest's verbose
// report: one verdict per test. Shared by cpython-tests.test.ts and update-expected.ts.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { stdlibDir } from "../support/paths.js";

export type Verdict = "pass" | "fail" | "error" | "skip" | "xfail" | "xpass";

export interface FileRun {
  file: string;
  verdicts: Map<string, { verdict: Verdict; reason: string }>;
  /** unittest's "Ran N tests" (null when the file died before running any) */
  ran: number | null;
  exitCode: number | null;
  output: string;
}

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const EXPECTED = join(ROOT, "tests/cpython/expected.txt");

/** A test's header line, `name (module.Class.name)`, then usually ` ... VERDICT` on the
 * same line. unittest -v may put the docstring's first line (ending in ` ... `) on the
 * next line, and output the test prints comes before its verdict, which then stands
 * alone on a line (test_format prints its checks as it goes). */
const HEAD = /^(\w+) \(([\w.<>]+)\)/;
const VERDICT = /(?:^| \.\.\. )(ok|FAIL|ERROR|expected failure|unexpected success|skipped ('.*'|".*"))$/;

export function parseVerbose(out: string): { verdicts: FileRun["verdicts"]; ran: number | null } {
  const verdicts: FileRun["verdicts"] = new Map();
  let pending: string | null = null;
  for (const line of out.split("\n")) {
    const head = HEAD.exec(line);
    if (head) {
      // test_abc runs the same class twice (abc and _py_abc, from one factory): the ids
      // repeat, so later occurrences are told apart by their order, "#2", "#3"...
      const base = head[2].replace(/^__main__\./, "");
      pending = base;
      for (let n = 2; verdicts.has(pending); n++) pending = `${base}#${n}`;
    }
    if (pending === null) continue;
    const m = VERDICT.exec(line);
    if (m === null) continue;
    const word = m[1];
    const verdict: Verdict = word === "ok" ? "pass" : word === "FAIL" ? "fail" : word === "ERROR" ? "error" : word === "expected failure" ? "xfail" : word === "unexpected success" ? "xpass" : "skip";
    verdicts.set(pending, { verdict, reason: verdict === "skip" ? m[2].slice(1, -1) : "" });
    pending = null;
  }
  const ran = /^Ran (\d+) tests? in/m.exec(out);
  return { verdicts, ran: ran ? Number(ran[1]) : null };
}

/** Tests update-expected records as n/a whatever their verdict, with the reason: their
 * outcome depends on this machine's speed, or on a CPython memory detail. */
export const NOT_APPLICABLE: ReadonlyMap<string, string> = new Map([
  ...["IntStrDigitLimitsTests", "IntSubclassStrDigitLimitsTests"].flatMap((cls) =>
    ["int_to_str", "str_to_int"].map((what): [string, string] => [
      `test_int ${cls}.test_denial_of_service_prevented_${what}`,
      "timing assertion (skips itself when the machine is slow)",
    ]),
  ),
  // the file's one doctest; every other example passes
  ["test_genexps __test__", "one example checks that CPython's allocator hands a freed tuple's id to the next tuple"],
]);

/** Files that run their tests only through unittest's command line: run as a script,
 * test_patma starts a pyperf benchmark instead (under CPython too). These run as
 * `-m unittest -v test.FILE` from the standard library folder. */
export const MODULE_MODE = new Set(["test_patma"]);

/** The command (after the interpreter) and folder that run one test file verbosely. */
export function testCommand(file: string): { args: string[]; cwd: string } {
  if (MODULE_MODE.has(file)) return { args: ["-m", "unittest", "-v", `test.${file}`], cwd: stdlibDir() };
  const dir = join(stdlibDir(), "test");
  return { args: [join(dir, `${file}.py`), "-v"], cwd: dir };
}

/** bin/pycell on testCommand(file) (python3 -m test would use a scratch folder; the
 * files so far do not write files). */
export function runFile(file: string, timeoutMs = 60_000): Promise<FileRun & { ms: number }> {
  const { args, cwd } = testCommand(file);
  const start = Date.now();
  return new Promise((resolve) => {
    // one pipe for both streams (2>&1): with two pipes, a test's prints (stdout) and
    // unittest's verdicts (stderr) arrive in an order that varies from run to run
    const p = spawn("sh", ["-c", 'exec "$0" "$@" 2>&1', join(ROOT, "bin/pycell"), ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    p.stdout.on("data", (d: Buffer) => (output += d.toString("utf8")));
    p.stderr.on("data", (d: Buffer) => (output += d.toString("utf8")));
    const timer = setTimeout(() => p.kill("SIGKILL"), timeoutMs);
    p.on("close", (code) => {
      clearTimeout(timer);
      const { verdicts, ran } = parseVerbose(output);
      resolve({ file, verdicts, ran, exitCode: code, output, ms: Date.now() - start });
    });
  });
}

export interface ExpectedFile {
  file: string;
  /** what CPython runs (python3 FILE -v), for the record */
  cpythonRuns: number;
  /** takes longer than npm test can afford (over SLOW_MS): only CPYTHON_ALL=1 runs it */
  slow: boolean;
  tests: Map<string, { status: "pass" | "fail" | "n/a"; reason: string }>;
  /** the recorded run died before unittest's summary (its comment says where) */
  died: boolean;
}

/** A file whose pycell run takes longer than this is marked slow in expected.txt. */
export const SLOW_MS = 40_000;

/** expected.txt: `== FILE cpython=N [slow]` then one line per test: `ID pass`, `ID fail` or
 * `ID n/a REASON`. Comments start with #. */
export function readExpected(): ExpectedFile[] {
  const files: ExpectedFile[] = [];
  let cur: ExpectedFile | null = null;
  for (const raw of readFileSync(EXPECTED, "utf8").split("\n")) {
    const line = raw.trim();
    if (cur !== null && line.startsWith("# stops before running its tests:")) cur.died = true;
    if (!line || line.startsWith("#")) continue;
    const head = /^== (\S+) cpython=(\d+)( slow)?$/.exec(line);
    if (head) {
      cur = { file: head[1], cpythonRuns: Number(head[2]), slow: head[3] !== undefined, tests: new Map(), died: false };
      files.push(cur);
      continue;
    }
    const [id, status, ...reason] = line.split(/\s+/);
    if (cur === null || (status !== "pass" && status !== "fail" && status !== "n/a")) throw new Error(`expected.txt: bad line: ${line}`);
    cur.tests.set(id, { status, reason: reason.join(" ") });
  }
  return files;
}

/** Runs `work` over `items` with at most `limit` at a time (this machine has 2 cores;
 * one pycell process per core keeps each file's run time close to its solo time). */
export async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
