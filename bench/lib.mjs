// The pure parts of the benchmark harness: statistics, command-line options, targets and
// the rendering of results (console table and docs/performance.md). No I/O here, so
// tests/bench/ can check it without running anything.

/** Median of a non-empty list of numbers (mean of the two middle values for even length). */
export function median(xs) {
  if (xs.length === 0) throw new Error("median of an empty list");
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Geometric mean of positive numbers; null for an empty list. */
export function geomean(xs) {
  if (xs.length === 0) return null;
  return Math.exp(xs.reduce((acc, x) => acc + Math.log(x), 0) / xs.length);
}

/** The benchmark's group decides its target: start-up, the closure set, or the rest. */
export function groupOf(name) {
  if (name.startsWith("b0_")) return "startup";
  if (/^b[1-5]_/.test(name)) return "closure";
  return "other";
}

// Targets from the performance issue (shown in the report, never asserted).
export const TARGETS = {
  startup: 1.5, // empty program: start-up at most 1.5x CPython
  closure: 1.0, // no closure benchmark slower than CPython ...
  closureGeomean: 0.5, // ... and their geometric mean at most half of CPython's time
  other: 1.0, // every other benchmark at least as fast as CPython
  memory: 2.0, // peak memory at most 2x CPython's, each benchmark
};

export const USAGE = `usage: npm run bench -- [options]
  --runs N      runs per benchmark and interpreter (default 5)
  --quick       one run each (same as --runs 1)
  --only NAME   only benchmarks whose name contains NAME (repeatable, or comma-separated)
  --timeout S   seconds before one run is killed (default 300)
  --out FILE    results file (default bench/results/latest.json for a full run,
                bench/results/scratch.tmp for a partial one)
  --no-build    do not rebuild dist/ before running
  --no-parse    skip bench/parse-stdlib.mjs
`;

/** Parse the harness's flags. Hidden: --pycell-cmd/--python-cmd "CMD ARGS" substitute the commands. */
export function parseArgs(argv) {
  const o = {
    runs: 5, only: [], timeout: 300, out: null, build: true, parse: true,
    pycellCmd: null, pythonCmd: ["python3"], help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const count = (v, min) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n < min) throw new Error(`${a}: expected a number >= ${min}, got ${v}`);
      return n;
    };
    if (a === "--runs") o.runs = Math.floor(count(value(), 1));
    else if (a === "--quick") o.runs = 1;
    else if (a === "--only") o.only.push(...value().split(",").filter(Boolean));
    else if (a === "--timeout") o.timeout = count(value(), 0.1);
    else if (a === "--out") o.out = value();
    else if (a === "--no-build") o.build = false;
    else if (a === "--no-parse") o.parse = false;
    else if (a === "--pycell-cmd") o.pycellCmd = value().split(/\s+/).filter(Boolean);
    else if (a === "--python-cmd") o.pythonCmd = value().split(/\s+/).filter(Boolean);
    else if (a === "-h" || a === "--help") o.help = true;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

/** Why a pycell run does not count, or null when it matches CPython's output. */
export function failureReason(run, expectedStdout, timeout) {
  if (run.timed_out) return `timed out after ${timeout} s`;
  if (run.signal !== null) return `killed by signal ${run.signal}`;
  if (run.status !== 0) {
    const lines = run.stderr.trim().split("\n");
    return `exit status ${run.status}: ${clip(lines[lines.length - 1] ?? "", 160)}`;
  }
  if (run.stdout !== expectedStdout) {
    return `wrong output: ${JSON.stringify(clip(run.stdout, 60))}, CPython printed ${JSON.stringify(clip(expectedStdout, 60))}`;
  }
  return null;
}

function clip(s, n) {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}

/**
 * Fill in one benchmark's figures from its runs: medians, peak memory, ratios and
 * whether each target is met. `b` has name, cpython.runs, pycell.runs and reason.
 */
export function summarizeBenchmark(b) {
  const stats = (runs) =>
    runs.length === 0
      ? null
      : {
          median_wall: median(runs.map((r) => r.wall)),
          median_cpu: median(runs.map((r) => r.cpu)),
          max_rss_kb: Math.max(...runs.map((r) => r.maxrss_kb)),
        };
  const group = groupOf(b.name);
  const c = stats(b.cpython.runs);
  const p = b.reason === null ? stats(b.pycell.runs) : null;
  const ratio = c && p ? p.median_wall / c.median_wall : null;
  const memRatio = c && p ? p.max_rss_kb / c.max_rss_kb : null;
  const cpuRatio = c && p ? p.median_cpu / c.median_cpu : null;
  const target = group === "startup" ? TARGETS.startup : group === "closure" ? TARGETS.closure : TARGETS.other;
  return {
    ...b,
    group,
    cpython: { ...b.cpython, ...c },
    pycell: { ...b.pycell, ...p },
    ratio,
    mem_ratio: memRatio,
    cpu_ratio: cpuRatio,
    target,
    time_target_met: ratio === null ? null : ratio <= target,
    mem_target_met: memRatio === null ? null : memRatio <= TARGETS.memory,
  };
}

/** Geometric means over the benchmarks pycell ran correctly. */
export function summarize(benchmarks) {
  const ok = benchmarks.filter((b) => b.ratio !== null);
  const closure = ok.filter((b) => b.group === "closure");
  const all = geomean(ok.map((b) => b.ratio));
  const cl = geomean(closure.map((b) => b.ratio));
  return {
    total: benchmarks.length,
    passed: ok.length,
    failed: benchmarks.length - ok.length,
    geomean_all: all,
    geomean_closure: cl,
    closure_counted: closure.length,
    closure_total: benchmarks.filter((b) => b.group === "closure").length,
    closure_geomean_target_met: cl === null ? null : cl <= TARGETS.closureGeomean,
  };
}

const fmt = {
  s: (x) => (x === null || x === undefined ? "–" : x.toFixed(3)),
  ratio: (x) => (x === null || x === undefined ? "–" : x.toFixed(2)),
  mb: (kb) => (kb === null || kb === undefined ? "–" : (kb / 1024).toFixed(1)),
  met: (m) => (m === null ? "" : m ? " ✓" : " ✗"),
};

/** A markdown table with padded columns, readable both on a console and rendered. */
export function table(header, rows) {
  const cell = (v) => String(v).replace(/\|/g, "\\|").replace(/\n/g, " ");
  const all = [header, ...rows].map((r) => r.map(cell));
  const width = header.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  const line = (r) => "| " + r.map((v, i) => v + " ".repeat(width[i] - [...v].length)).join(" | ") + " |";
  const rule = "|" + width.map((w) => "-".repeat(w + 2)).join("|") + "|";
  return [line(all[0]), rule, ...all.slice(1).map(line)].join("\n");
}

/** The per-benchmark table: times, ratio against its target, peak memory. */
export function resultsTable(benchmarks) {
  const header = ["benchmark", "CPython s", "pycell s", "ratio", "target", "CPU ratio", "CPython MB", "pycell MB", "mem ratio", "status"];
  const rows = benchmarks.map((b) => [
    b.name,
    fmt.s(b.cpython.median_wall),
    fmt.s(b.pycell.median_wall),
    fmt.ratio(b.ratio) + fmt.met(b.time_target_met),
    "≤ " + b.target.toFixed(1),
    fmt.ratio(b.cpu_ratio),
    fmt.mb(b.cpython.max_rss_kb),
    fmt.mb(b.pycell.max_rss_kb),
    fmt.ratio(b.mem_ratio) + fmt.met(b.mem_target_met),
    b.reason === null ? "ok" : "failed",
  ]);
  return table(header, rows);
}

/** The lines under the table: geometric means against their targets. */
export function summaryLines(s) {
  const closureNote =
    s.closure_counted === 0
      ? " (none of them ran)"
      : s.closure_counted < s.closure_total
        ? ` (over ${s.closure_counted} of ${s.closure_total}; failed rows excluded)`
        : "";
  return [
    `pycell ran ${s.passed} of ${s.total} benchmarks correctly; failed rows are excluded from the means.`,
    `geometric mean of ratios, all: ${fmt.ratio(s.geomean_all)} (target ≤ ${TARGETS.other.toFixed(1)})`,
    `geometric mean of ratios, closure benchmarks b1–b5: ${fmt.ratio(s.geomean_closure)}${fmt.met(s.closure_geomean_target_met)} (target ≤ ${TARGETS.closureGeomean})${closureNote}`,
  ];
}

const DIST_CHANGED = "dist/ was rebuilt while the benchmarks ran, so rows may mix two builds of pycell.";

/** What the console shows after a run. */
export function renderConsole(results) {
  const out = [resultsTable(results.benchmarks), "", ...summaryLines(results.summary)];
  const failed = results.benchmarks.filter((b) => b.reason !== null);
  if (failed.length) out.push("", "failed:", ...failed.map((b) => `  ${b.name}: ${b.reason}`));
  if (results.parse_stdlib) out.push("", `parse-stdlib: ${results.parse_stdlib.status}`);
  if (results.dist_changed) out.push("", `warning: ${DIST_CHANGED}`);
  return out.join("\n");
}

/** docs/performance.md, generated from a results file; `notes` (markdown, e.g. the
 * hand-written docs/performance-notes.md) is appended as it is. */
export function renderReport(results, notes = "") {
  const m = results.machine;
  const o = results.options;
  const failed = results.benchmarks.filter((b) => b.reason !== null);
  const lines = [
    "# Performance",
    "",
    "<!-- Generated by `node bench/report.mjs` from bench/results/latest.json; do not edit by hand. -->",
    "",
    "Each benchmark runs as a whole process (start-up included) under `bin/pycell` and under",
    `\`${o.python_cmd.join(" ")}\`, alternating, ${o.runs} time${o.runs === 1 ? "" : "s"} each. Times are the median wall`,
    "time; *ratio* is pycell's median divided by CPython's (below 1: pycell is faster).",
    "*CPU ratio* is the same for user+system CPU time, steadier than wall time on a busy",
    "machine (it also counts V8's compiler and GC threads).",
    "Peak memory is the largest max RSS over the runs. A row counts only if pycell exits",
    "with status 0 and prints exactly what CPython prints (the checksum); failed rows are",
    "excluded from the geometric means.",
    "",
    "## Reproduce",
    "",
    "```sh",
    "npm install",
    "npm run bench                      # all benchmarks, 5 runs each; rewrites this file",
    "npm run bench -- --quick --only b3  # one run of the benchmarks whose name contains b3",
    "node bench/report.mjs              # re-render this file from bench/results/latest.json",
    "```",
    "",
    "## Machine",
    "",
    `- date: ${results.date}`,
    `- CPU: ${m.cpu}, ${m.cores} cores`,
    `- OS: ${m.os}`,
    `- load average at start: ${m.loadavg}`,
    `- Node ${m.node}; ${m.python}; ${m.pycell}`,
    `- commit: ${results.commit}`,
    ...(results.dist_changed ? [`- **warning**: ${DIST_CHANGED}`] : []),
    "",
    "## Results",
    "",
    resultsTable(results.benchmarks),
    "",
    ...summaryLines(results.summary).map((l) => `- ${l}`),
    "",
  ];
  if (failed.length) {
    lines.push("### Failed rows", "", ...failed.map((b) => `- ${b.name}: ${b.reason.replace(/\n/g, " ")}`), "");
  }
  lines.push(
    "## Targets",
    "",
    `- start-up (b0, the empty program): ratio ≤ ${TARGETS.startup}`,
    `- closure benchmarks (b1–b5): each ratio ≤ ${TARGETS.closure}, geometric mean ≤ ${TARGETS.closureGeomean}`,
    `- every other benchmark: ratio ≤ ${TARGETS.other}`,
    `- peak memory: ≤ ${TARGETS.memory}× CPython's, each benchmark`,
    "",
    "✓ / ✗ mark a target met or missed. They are shown, not asserted by any test.",
    "",
    "## Start-up and memory",
    "",
    "`bin/pycell` starts node from a V8 start-up snapshot of the initialised interpreter",
    "(`dist/snapshot.blob`) and runs the program in the main thread with a 256 MB stack;",
    "[startup.md](startup.md) has the design, the fallbacks and the measurements. Node",
    "itself (`node -e 0`) needs about 0.04 s and 40 MB, against CPython's 0.03 s and 13 MB,",
    "so the start-up target sits at node's floor and the memory target (2× CPython's) is",
    "below what any node process uses.",
    "",
    "## Parsing the standard library",
    "",
  );
  const ps = results.parse_stdlib;
  if (!ps) lines.push("Not run (bench/parse-stdlib.mjs did not exist or `--no-parse` was given).", "");
  else {
    lines.push(`\`node bench/parse-stdlib.mjs\`: ${ps.status}.`, "");
    if (ps.output) lines.push("```", ps.output.trimEnd(), "```", "");
  }
  lines.push(
    "## Benchmarks",
    "",
    "- b0–b5 are read at run time from `../shared/bench/` (start-up and the five closure",
    "  programs of the seed documents).",
    "- `bench/programs/`: p1 methods and attributes, p2 strings and formatting, p3 dicts and",
    "  lists, p4 big integers, p5 floats (n-body), p6 exceptions, p7 comprehensions and sorting.",
    "  Each is sized for about 1 s of CPython CPU time on the machine above when it is idle",
    "  (b1–b5 take about 3 s there); a high load average at start means every wall time",
    "  above is inflated.",
    "",
    "## How it is measured",
    "",
    "`bench/measure.py` forks, execs the interpreter and collects it with `wait4()`, whose",
    "rusage gives the peak resident set (ru_maxrss) of the process and of every descendant",
    "it waited for; wall time is taken around fork and wait. It needs only python3, so it",
    "works on any machine that can run the comparison. The forked copy of the wrapper holds",
    "about 11 MB before exec, so peaks below that cannot be seen (CPython's empty program",
    "peaks at about 13 MB). The machine is shared: wall times move with other load, so the",
    "results file also keeps every run's wall and CPU time.",
    "",
  );
  if (notes.trim() !== "") lines.push(notes.trimEnd(), "");
  return lines.join("\n");
}
