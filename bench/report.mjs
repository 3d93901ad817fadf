// Regenerate docs/performance.md from a results file written by bench/run.mjs.
// usage: node bench/report.mjs [RESULTS.json [OUT.md]]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { renderReport, summarize, summarizeBenchmark } from "./lib.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [input = "bench/results/latest.json", output = "docs/performance.md"] = process.argv.slice(2);
const results = JSON.parse(readFileSync(resolve(ROOT, input), "utf8"));
// figures are recomputed from the raw runs, so a results file from an older harness
// still renders with today's columns
results.benchmarks = results.benchmarks.map(summarizeBenchmark);
results.summary = summarize(results.benchmarks);
results.dist_changed ??= false;
const notesFile = resolve(ROOT, "docs/performance-notes.md"); // hand-written, kept across runs
writeFileSync(resolve(ROOT, output), renderReport(results, existsSync(notesFile) ? readFileSync(notesFile, "utf8") : ""));
console.log(`wrote ${output} from ${input}`);
