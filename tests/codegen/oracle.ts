// Expected results come from python3 (one process for a whole list of programs) and
// are compared with pycell's in-process runSource.
import { execFileSync } from "node:child_process";
import { runSource } from "../../src/api.js";

export interface RunResult {
  stdout: string;
  exit: number;
  last: string;
}

export function pythonResults(sources: string[]): RunResult[] {
  const out = execFileSync("python3", ["tests/codegen/run_snippets.py"], { input: JSON.stringify(sources), encoding: "utf8", maxBuffer: 1 << 28 });
  return JSON.parse(out) as RunResult[];
}

export function pycellResult(source: string): RunResult & { stderr: string } {
  let stdout = "";
  let stderr = "";
  const { exitCode } = runSource(source, { filename: "<snippet>", stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  const lines = stderr.split("\n").filter((l) => l.trim() !== "");
  return { stdout, exit: exitCode, last: lines.length ? lines[lines.length - 1] : "", stderr };
}

/** Memory addresses differ between implementations. */
export const normAddr = (s: string): string => s.replace(/0x[0-9a-f]+/g, "0x…");
