// Runs programs through bin/pycell as child processes, a few at a time, with cwd =
// the program's folder as regen.py runs python3. A program that hangs is killed (its
// whole process group) after TIMEOUT_MS; a crash or garbage output is just a result.
import { spawn } from "node:child_process";
import { dirname, basename, join, resolve } from "node:path";
import { HERE, outcome, type Outcome } from "./programs.js";

export const TIMEOUT_MS = 10_000;
const OUTPUT_CAP = 8 << 20;
const PYCELL = join(HERE, "..", "..", "bin", "pycell");

export interface CliOptions {
  jobs: number;
  /** Per program; TIMEOUT_MS unless given (runner.test.ts uses a short one). */
  timeoutMs?: number;
  /** The executable; bin/pycell unless given. */
  pycell?: string;
}

function runOne(rel: string, pycell: string, timeoutMs: number): Promise<Outcome> {
  const path = resolve(HERE, rel);
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let note: string | undefined;
    let done = false;
    const child = spawn(pycell, [basename(path)], {
      cwd: dirname(path),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // own process group, so a timeout kills grandchildren too
      env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" },
    });
    const kill = (why: string): void => {
      note ??= why;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const timer = setTimeout(() => kill(`timed out after ${timeoutMs / 1000} s`), timeoutMs);
    const take = (into: Buffer[]) => (chunk: Buffer): void => {
      size += chunk.length;
      if (size > OUTPUT_CAP) kill("output exceeded 8 MB");
      else into.push(chunk);
    };
    child.stdout.on("data", take(out));
    child.stderr.on("data", take(err));
    const finish = (code: number | null, signal: string | null, error?: Error): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (error) note ??= `could not start bin/pycell: ${error.message}`;
      else if (code === null) note ??= `killed by ${signal}`;
      const text = (b: Buffer[]): string => Buffer.concat(b).toString("utf8");
      resolve(outcome(text(out), text(err), code ?? -1, note));
    };
    child.on("error", (e) => finish(null, null, e));
    child.on("close", (code, signal) => finish(code, signal));
  });
}

/** Results of every program (paths relative to this folder, or absolute), `jobs` processes at a time. */
export async function runCli(rels: string[], options: CliOptions): Promise<Map<string, Outcome>> {
  const { jobs, timeoutMs = TIMEOUT_MS, pycell = PYCELL } = options;
  const results = new Map<string, Outcome>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < rels.length) {
      const rel = rels[next++];
      results.set(rel, await runOne(rel, pycell, timeoutMs));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  return results;
}
