// Entry of the start-up snapshot (scripts/build-snapshot.mjs runs it under
// `node --build-snapshot`): loading this bundle initialises the whole interpreter
// (types, builtins, module registry), and V8 saves the resulting heap to
// dist/snapshot.blob. bin/pycell starts node from that blob, so a run begins with the
// interpreter ready and pays neither the bundle's parse nor its initialisation.
// Programs run in the main thread: bin/pycell raised the OS stack limit (ulimit -s)
// before starting node with a matching --stack-size, so no worker is needed.
import v8 from "node:v8";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { main } from "./main.js";
import { WARMUP_SOURCE } from "./warmup.js";
import { setSnapshotFilesDir } from "./snapshot-files.js";

/** Room kept between V8's stack limit and the OS's, for native frames below V8's check. */
const MARGIN_KB = 8192;

/** The `--stack-size=KB` this process runs with (the flags are baked into the blob). */
function v8StackKb(): number {
  for (const a of process.execArgv) if (a.startsWith("--stack-size=")) return Number(a.slice(13));
  return 984; // V8's default
}

/** The soft RLIMIT_STACK in KB (Linux /proc), Infinity for unlimited, null if unknown. */
function osStackKb(): number | null {
  try {
    const m = /^Max stack size\s+(\S+)/m.exec(readFileSync("/proc/self/limits", "latin1"));
    if (m === null) return null;
    return m[1] === "unlimited" ? Infinity : Number(m[1]) / 1024;
  } catch {
    return null;
  }
}

/** Without a stack as deep as V8 was told, deep recursion would crash the process
 * instead of raising RecursionError: only bin/pycell's launcher sets both up, so a
 * blob started some other way hands the program to dist/launch.js (a worker with a
 * deep stack) in a child process: worker threads do not work in a snapshot's process. */
function stackIsDeep(): boolean {
  const os = osStackKb();
  return os !== null && os >= v8StackKb() + MARGIN_KB;
}

function blobDir(): string {
  const i = process.execArgv.indexOf("--snapshot-blob");
  const blob = i >= 0 ? process.execArgv[i + 1] : process.execArgv.find((a) => a.startsWith("--snapshot-blob="))?.slice(16);
  if (blob === undefined) return process.cwd();
  // absolute, so that a program's os.chdir does not lose the data files (bin/pycell
  // passes an absolute path: path.resolve's first call costs ~5 ms of lazy compiling)
  return blob.startsWith("/") ? blob.slice(0, blob.lastIndexOf("/")) : dirname(resolve(blob));
}

// while the snapshot is built, this script is dist/snapshot.cjs, beside the data
setSnapshotFilesDir(`${dirname(resolve(process.argv[1]))}/snapshot-data`);
// the warm-up goes through the command line's own path (its output goes to the build's
// pipe), and the /proc read compiles node's file-reading functions into the snapshot:
// measured ~9 ms for the first readFileSync of a process otherwise
stackIsDeep();
main(["-c", WARMUP_SOURCE], { deepStack: true });
process.exitCode = undefined;

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // a process started from a snapshot has no script in argv: node, then the arguments
  const argv = process.argv.slice(1);
  setSnapshotFilesDir(`${blobDir()}/snapshot-data`);
  // run from a microtask: outside a module evaluation or microtask, V8 builds a message
  // object on every throw, which doubled the cost of each Python raise (measured 3.8 µs
  // against 1.8 µs per raise/except round trip)
  if (stackIsDeep()) return queueMicrotask(() => main(argv, { deepStack: true }));
  const r = spawnSync(process.execPath, [`${blobDir()}/launch.js`, ...argv], { stdio: "inherit" });
  process.exitCode = r.status ?? 1;
});
