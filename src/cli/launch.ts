// The fallback entry of bin/pycell, when the start-up snapshot cannot be used
// (docs/startup.md), and the entry of `node bin/pycell`. Running a program happens in a
// worker thread with a large JS stack (see runInWorker in main.ts); this small entry
// starts that worker without loading the whole interpreter bundle in the main thread
// first (measured: loading dist/cli.js costs ~100 ms, paid twice otherwise). Everything
// else (--help, dumps) goes to main() in the main thread.
import { Worker } from "node:worker_threads";
import v8 from "node:v8";

/** Keep in step with WORKER_STACK_MB in main.ts. */
const WORKER_STACK_MB = 256;
const CLI = new URL("./cli.js", import.meta.url);

const argv = process.argv.slice(2);
const first = argv[0];
const runsProgram = first !== undefined && (first === "-c" || !first.startsWith("-"));

if (runsProgram) {
  // as enableGcHooks in main.ts: gc() and cleanupSome in the worker, for gc.collect()
  v8.setFlagsFromString("--expose-gc");
  v8.setFlagsFromString("--harmony-weak-refs-with-cleanup-some");
  const w = new Worker(CLI, { workerData: { pycellArgv: argv }, resourceLimits: { stackSizeMb: WORKER_STACK_MB }, stdout: false, stderr: false });
  w.on("message", (code: number) => {
    process.exitCode = code;
  });
  w.on("error", (e) => {
    process.stderr.write(`pycell: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
} else {
  const { main } = (await import(CLI.href)) as { main: (argv: string[]) => void };
  main(argv);
}
