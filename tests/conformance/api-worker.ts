// Runs conformance programs in-process through the library API (src/api.ts runSource).
// It lives in a worker thread only so that the parent can terminate a program that
// hangs; the parent bundles this file together with src/ (see runner-api.ts).
import { parentPort } from "node:worker_threads";
import * as api from "../../src/api.js";

export interface ApiJob { id: number; source: Uint8Array; filename: string; argv: string[] }
export interface ApiResult { id: number; stdout: string; stderr: string; exitCode: number; error?: string }

interface RunOptions {
  filename?: string;
  argv?: string[];
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  stdin?: () => string | null;
}
type RunSource = (source: string | Uint8Array, options?: RunOptions) => { exitCode: number };

// Looked up dynamically: the API is being written while this suite exists, and a
// missing runSource must fail each program, not the bundle.
const runSource = (api as unknown as Record<string, unknown>).runSource as RunSource | undefined;

// A program that prints forever must not exhaust memory before its timeout.
const OUTPUT_CAP = 8 << 20;

function collector(): { write: (text: string) => void; text: () => string } {
  const parts: string[] = [];
  let size = 0;
  return {
    write(text: string) {
      if (size > OUTPUT_CAP) return;
      size += text.length;
      parts.push(String(text));
    },
    text: () => parts.join(""),
  };
}

/** What escaped runSource, described without trusting it (its toString may throw too). */
function describe(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : `thrown: ${String(e)}`;
  } catch {
    return "an undescribable value";
  }
}

function run(job: ApiJob): ApiResult {
  const out = collector();
  const err = collector();
  if (typeof runSource !== "function") {
    return { id: job.id, stdout: "", stderr: "", exitCode: -1, error: "src/api.ts does not export runSource" };
  }
  try {
    const { exitCode } = runSource(job.source, { filename: job.filename, argv: job.argv, stdout: out.write, stderr: err.write, stdin: () => null });
    return { id: job.id, stdout: out.text(), stderr: err.text(), exitCode };
  } catch (e) {
    const error = describe(e);
    return { id: job.id, stdout: out.text(), stderr: err.text(), exitCode: -1, error: `runSource threw (a JavaScript error escaped) ${error}` };
  }
}

parentPort?.on("message", (job: ApiJob) => parentPort?.postMessage(run(job)));
