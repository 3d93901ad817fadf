// `npm run bench`: every benchmark as a whole process under bin/pycell and python3,
// alternating, checking that both print the same checksum; medians, ratios, peak memory,
// then the results file and (for a full run) docs/performance.md. Options: see USAGE.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { USAGE, failureReason, parseArgs, renderConsole, renderReport, summarize, summarizeBenchmark } from "./lib.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = resolve(ROOT, "../shared/bench"); // the closure set lives beside the repo, read in place
const OWN = join(ROOT, "bench/programs");
const MEASURE = join(ROOT, "bench/measure.py");
const PARSE_STDLIB = join(ROOT, "bench/parse-stdlib.mjs");

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`bench: ${e.message}\n${USAGE}`);
  process.exit(2);
}
if (opts.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const pycellCmd = opts.pycellCmd ?? [join(ROOT, "bin/pycell")];
const partial = opts.only.length > 0 || opts.pycellCmd !== null || opts.pythonCmd.join(" ") !== "python3";
const outFile = resolve(ROOT, opts.out ?? (partial ? "bench/results/scratch.tmp" : "bench/results/latest.json"));
const log = (s) => process.stderr.write(s + "\n");

/** Text a command prints, or a note saying why it could not be run. */
function capture(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8", cwd: ROOT });
  if (r.error || r.status !== 0) return `unknown (${cmd} ${args.join(" ")} failed)`;
  return (r.stdout || r.stderr).trim();
}

function machineInfo() {
  let cpu = os.cpus()[0]?.model ?? "unknown";
  try {
    const m = /^model name\s*:\s*(.*)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) cpu = m[1].trim();
  } catch {
    // not Linux: os.cpus() is the best we have
  }
  return {
    cpu,
    cores: os.cpus().length,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadavg: os.loadavg().map((x) => x.toFixed(2)).join(" "),
    node: process.version,
    python: capture(opts.pythonCmd[0], [...opts.pythonCmd.slice(1), "--version"]),
    pycell: capture(pycellCmd[0], [...pycellCmd.slice(1), "--version"]),
  };
}

function gitCommit() {
  const head = capture("git", ["rev-parse", "--short", "HEAD"]);
  const dirty = spawnSync("git", ["status", "--porcelain"], { encoding: "utf8", cwd: ROOT }).stdout?.trim();
  return dirty ? `${head} (with uncommitted changes)` : head;
}

function listBenchmarks() {
  const list = [];
  for (const [dir, prefix] of [[SHARED, /^b\d/], [OWN, /^p\d/]]) {
    if (!existsSync(dir)) {
      log(`bench: ${dir} not found, skipping its benchmarks`);
      continue;
    }
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith(".py") && prefix.test(f)) list.push({ name: f.slice(0, -3), path: join(dir, f) });
    }
  }
  return list.filter((b) => opts.only.length === 0 || opts.only.some((s) => b.name.includes(s)));
}

/** One whole-process run through bench/measure.py. */
function measure(cmd, file) {
  const r = spawnSync("python3", [MEASURE, String(opts.timeout), ...cmd, file], {
    encoding: "utf8",
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench/measure.py failed: ${r.error?.message ?? r.stderr}`);
  return JSON.parse(r.stdout);
}

const round = (x, digits) => Number(x.toFixed(digits));
const keep = (run) => ({ wall: round(run.wall, 4), cpu: round(run.cpu, 3), maxrss_kb: run.maxrss_kb });

function runBenchmark(b) {
  const entry = {
    name: b.name,
    file: relative(ROOT, b.path),
    checksum: null,
    reason: null,
    cpython: { runs: [] },
    pycell: { runs: [] },
  };
  let cpythonBroken = false;
  for (let i = 0; i < opts.runs; i++) {
    // alternate which interpreter goes first, so neither always runs on a warmer machine
    const order = i % 2 === 0 ? ["pycell", "cpython"] : ["cpython", "pycell"];
    const shown = [];
    let cpythonDone = false; // this round's CPython run already happened, for the checksum
    for (const who of order) {
      if (who === "pycell") {
        if (entry.reason !== null) continue;
        const run = measure(pycellCmd, b.path);
        let c = null;
        if (entry.checksum === null) {
          // CPython has not run yet: run it now to know the expected checksum
          c = measure(opts.pythonCmd, b.path);
          if (!checkCpython(entry, c)) { cpythonBroken = true; break; }
          entry.cpython.runs.push(keep(c));
          cpythonDone = true;
        }
        entry.reason = failureReason(run, entry.checksum, opts.timeout);
        if (entry.reason === null) entry.pycell.runs.push(keep(run));
        shown.push(entry.reason === null ? `pycell ${run.wall.toFixed(3)} s` : `pycell failed: ${entry.reason}`);
        if (c) shown.push(`CPython ${c.wall.toFixed(3)} s`);
      } else if (!cpythonDone) {
        const c = measure(opts.pythonCmd, b.path);
        if (!checkCpython(entry, c)) { cpythonBroken = true; break; }
        entry.cpython.runs.push(keep(c));
        shown.push(`CPython ${c.wall.toFixed(3)} s`);
      }
    }
    log(`${b.name.padEnd(24)} run ${i + 1}/${opts.runs}  ${shown.join("  ")}`);
    if (cpythonBroken) break;
  }
  return summarizeBenchmark(entry);
}

/** CPython is the reference: it must succeed and print the same thing every time. */
function checkCpython(entry, run) {
  let problem = null;
  if (run.timed_out || run.status !== 0) problem = failureReason(run, run.stdout, opts.timeout);
  else if (entry.checksum !== null && run.stdout !== entry.checksum) problem = "output differs between runs";
  if (problem) {
    entry.reason = `CPython failed: ${problem}`;
    return false;
  }
  entry.checksum = run.stdout;
  return true;
}

/** The parser helper's bench/parse-stdlib.mjs reports its own figures; keep them verbatim. */
function runParseStdlib() {
  if (!opts.parse || !existsSync(PARSE_STDLIB)) return null;
  log("parse-stdlib: running node bench/parse-stdlib.mjs");
  const start = performance.now();
  const r = spawnSync(process.execPath, [PARSE_STDLIB], {
    encoding: "utf8",
    cwd: ROOT,
    timeout: opts.timeout * 1000 * 10,
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - start) / 1000;
  const output = (r.stdout ?? "").trim();
  const status = r.error ? `failed: ${r.error.message}` : r.status === 0 ? "ok" : `failed: exit status ${r.status}`;
  let data = null;
  // if its last line is a JSON object, keep it as data too
  const last = output.split("\n").pop() ?? "";
  if (last.startsWith("{")) {
    try {
      data = JSON.parse(last);
    } catch {
      data = null;
    }
  }
  // its summary line, e.g. "pycell / CPython time: 0.28", as a number for the JSON
  const ratio = /pycell \/ CPython[^:\n]*:\s*([\d.]+)/.exec(output);
  const stderrTail = status === "ok" ? "" : (r.stderr ?? "").trim().split("\n").slice(-5).join("\n");
  return { status, wall, output: [output, stderrTail].filter(Boolean).join("\n"), data, ratio: ratio ? Number(ratio[1]) : null };
}

if (opts.build && opts.pycellCmd === null) {
  const r = spawnSync(process.execPath, ["scripts/build.mjs"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) log("bench: build failed; running with the existing dist/");
}
/** Identifies the build that bin/pycell runs, to notice a rebuild in the middle of a run. */
function distStamp() {
  try {
    const st = statSync(join(ROOT, "dist/cli.js"));
    return `${st.mtimeMs} ${st.size}`;
  } catch {
    return "missing";
  }
}
const stampBefore = distStamp();
const benchmarks = listBenchmarks();
if (benchmarks.length === 0) {
  log("bench: no benchmark matches");
  process.exit(2);
}
const results = {
  schema: 1,
  date: new Date().toISOString(),
  machine: machineInfo(),
  commit: gitCommit(),
  options: { runs: opts.runs, timeout: opts.timeout, pycell_cmd: pycellCmd.map((a) => (a.startsWith(ROOT + "/") ? relative(ROOT, a) : a)), python_cmd: opts.pythonCmd },
  benchmarks: [],
  summary: null,
  parse_stdlib: null,
  dist_changed: false,
};
for (const b of benchmarks) results.benchmarks.push(runBenchmark(b));
results.summary = summarize(results.benchmarks);
results.dist_changed = opts.pycellCmd === null && distStamp() !== stampBefore;
results.parse_stdlib = runParseStdlib();

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(results, null, 1) + "\n");
console.log(renderConsole(results));
console.log(`\nresults: ${relative(ROOT, outFile)}`);
if (!partial && opts.out === null) {
  const notesFile = join(ROOT, "docs/performance-notes.md"); // hand-written, kept across runs
  writeFileSync(join(ROOT, "docs/performance.md"), renderReport(results, existsSync(notesFile) ? readFileSync(notesFile, "utf8") : ""));
  console.log("report: docs/performance.md");
}
process.exit(results.benchmarks.some((b) => b.reason?.startsWith("CPython failed")) ? 1 : 0);
