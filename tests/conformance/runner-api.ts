// Runs programs in-process through the library API. api-worker.ts is bundled with the
// current src/ by esbuild (so no stale dist/ is involved) and run in a worker thread;
// a program that does not finish within TIMEOUT_MS gets its worker terminated and the
// rest continue in a fresh one.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";
import type { ApiJob, ApiResult } from "./api-worker.js";
import { HERE, outcome, type Outcome } from "./programs.js";
import { TIMEOUT_MS } from "./runner-cli.js";

const ROOT = join(HERE, "..", "..");
// One bundle per run, so that two runs sharing a working tree do not overwrite each other.
const BUNDLE = join(ROOT, ".cache", "conformance", `api-worker-${process.pid}.mjs`);

async function bundle(): Promise<string | undefined> {
  mkdirSync(join(ROOT, ".cache", "conformance"), { recursive: true });
  try {
    await build({ entryPoints: [join(HERE, "api-worker.ts")], outfile: BUNDLE, bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "silent", sourcemap: "inline" });
    return undefined;
  } catch (e) {
    return `could not bundle src/api.ts: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`;
  }
}

export interface ApiOptions {
  /** Per program; TIMEOUT_MS unless given (runner.test.ts uses a short one). */
  timeoutMs?: number;
  /** A ready worker module to use instead of bundling api-worker.ts (runner.test.ts). */
  workerFile?: string;
}

function spawnWorker(file: string): Worker {
  // A deep stack, as the CLI has, so that Python's recursion limit is what stops recursion.
  return new Worker(file, { resourceLimits: { stackSizeMb: 64, maxOldGenerationSizeMb: 2048 }, stdout: true, stderr: true });
}

/** Runs one job on `worker`; resolves with the result, or a note when the worker had to go. */
function runJob(worker: Worker, job: ApiJob, timeoutMs: number): Promise<ApiResult | string> {
  return new Promise((resolve) => {
    const cleanup = (): void => {
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (r: ApiResult): void => { if (r.id === job.id) { cleanup(); resolve(r); } };
    const onError = (e: Error): void => { cleanup(); resolve(`worker died: ${e.message}`); };
    const onExit = (code: number): void => { cleanup(); resolve(`worker exited with ${code}`); };
    const timer = setTimeout(() => { cleanup(); resolve(`timed out after ${timeoutMs / 1000} s`); }, timeoutMs);
    worker.on("message", onMessage);
    worker.on("error", onError);
    worker.on("exit", onExit);
    worker.postMessage(job);
  });
}

/** Results of every program (paths relative to this folder, or absolute), one at a time. */
export async function runApi(rels: string[], options: ApiOptions = {}): Promise<Map<string, Outcome>> {
  const { timeoutMs = TIMEOUT_MS, workerFile = BUNDLE } = options;
  const results = new Map<string, Outcome>();
  const broken = options.workerFile ? undefined : await bundle();
  if (broken) {
    for (const rel of rels) results.set(rel, outcome("", "", -1, broken));
    return results;
  }
  let worker = spawnWorker(workerFile);
  // The worker's own stdout/stderr (a runtime printing to the console by mistake) is drained, not shown.
  const drain = (w: Worker): void => { w.stdout.resume(); w.stderr.resume(); };
  drain(worker);
  let id = 0;
  for (const rel of rels) {
    const job: ApiJob = { id: id++, source: readFileSync(resolve(HERE, rel)), filename: basename(rel), argv: [basename(rel)] };
    const r = await runJob(worker, job, timeoutMs);
    if (typeof r === "string") {
      results.set(rel, outcome("", "", -1, r));
      await worker.terminate();
      worker = spawnWorker(workerFile);
      drain(worker);
    } else {
      results.set(rel, outcome(r.stdout, r.stderr, r.exitCode, r.error));
    }
  }
  await worker.terminate();
  if (!options.workerFile) rmSync(BUNDLE, { force: true });
  return results;
}
