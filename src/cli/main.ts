// The command line: `pycell FILE`, `-c CODE`, `--version`, `--help`, and the
// front end's diagnostic dumps. Node-only; everything it does goes through src/api.ts.
import { readFileSync, readSync, writeSync, statSync, writeFileSync } from "node:fs";
import v8 from "node:v8";
import { nodeUname } from "./node-uname.js";
import { nodeFs } from "./node-fs.js";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { resolve as resolvePath } from "node:path";
import { dumpAstOf, dumpSymtableOf, dumpJsOf, pythonErrorLine, runSource, type HostCapabilities } from "../api.js";

const VERSION = "Python 3.11.7 (pycell 0.1.0)";

const HELP = `usage: pycell [option] ... [-c cmd | -m mod | file] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also --help)
-V     : print the Python version number and exit (also --version)
--dump-ast FILE            : print the syntax tree as ast.dump(indent=1) does
--dump-ast-positions FILE  : the same with positions
--dump-symtable FILE       : print every scope as CPython's symtable sees it
--dump-js FILE             : print the JavaScript pycell generates for the file
file   : program read from script file
arg ...: arguments passed to program in sys.argv[1:]
`;

/** `deepStack`: this thread's JS stack already holds deep recursion (the start-up
 * snapshot's process: bin/pycell raised the OS stack limit and passed --stack-size),
 * so programs run here instead of in a worker. */
export function main(argv: string[], opts: { deepStack?: boolean } = {}): void {
  const first = argv[0];
  if (first === undefined) {
    process.stderr.write("pycell: the interactive prompt is not implemented yet; pass a file or -c CODE\n");
    process.exit(2);
  }
  if (first === "-h" || first === "--help") {
    process.stdout.write(HELP);
    return;
  }
  if (first === "-V" || first === "--version") {
    process.stdout.write(VERSION + "\n");
    return;
  }
  if (first === "--dump-ast" || first === "--dump-ast-positions") {
    process.exitCode = dumpAstCli(argv[1], first === "--dump-ast-positions");
    return;
  }
  if (first === "--dump-js") {
    const file = argv[1];
    if (file === undefined) {
      process.stderr.write("Argument expected for the --dump-js option\n");
      process.exitCode = 2;
      return;
    }
    try {
      writeAll(1, dumpJsOf(readFileSync(file), resolvePath(file)));
    } catch (e) {
      process.stderr.write(`pycell: can't open file '${file}': ${(e as Error).message}\n`);
      process.exitCode = 2;
    }
    return;
  }
  if (first === "--dump-symtable") {
    process.exitCode = dumpSymtableCli(argv[1]);
    return;
  }
  if (opts.deepStack) process.exitCode = runCli(argv);
  else runInWorker(argv);
}

// Programs run in a worker thread whose JS stack is large (resourceLimits.stackSizeMb):
// the main thread's stack fits only ~3,700 Python frames, the worker's far more than
// any recursion limit a program sets. Output is written with writeSync from the worker,
// so stdout and stderr keep their order. Measured cost: about 40 ms at start-up.
const WORKER_STACK_MB = 256;

function runInWorker(argv: string[]): void {
  enableGcHooks();
  const w = new Worker(new URL(import.meta.url), { workerData: { pycellArgv: argv }, resourceLimits: { stackSizeMb: WORKER_STACK_MB }, stdout: false, stderr: false });
  w.on("message", (code: number) => {
    process.exitCode = code;
  });
  w.on("error", (e) => {
    process.stderr.write(`pycell: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}

if (!isMainThread && workerData !== null && typeof workerData === "object" && "pycellArgv" in workerData) {
  parentPort!.postMessage(runCli((workerData as { pycellArgv: string[] }).pycellArgv));
}

/** `--dump-ast[-positions] FILE`: the syntax tree, or the SyntaxError line; exit status 0 either way. */
function dumpAstCli(filename: string | undefined, positions: boolean): number {
  if (filename === undefined) {
    process.stderr.write(`Argument expected for the --dump-ast${positions ? "-positions" : ""} option\n`);
    return 2;
  }
  let source: Uint8Array;
  try {
    source = readFileSync(filename);
  } catch (e) {
    process.stderr.write(`pycell: can't open file '${filename}': ${(e as Error).message}\n`);
    return 2;
  }
  writeAll(1, dumpAstOf(source, filename, positions));
  return 0;
}

/** `--dump-symtable FILE`: the scope dump, or the SyntaxError line; exit status 0 either way. */
function dumpSymtableCli(filename: string | undefined): number {
  if (filename === undefined) {
    process.stderr.write("Argument expected for the --dump-symtable option\n");
    return 2;
  }
  let source: Uint8Array;
  try {
    source = readFileSync(filename);
  } catch (e) {
    process.stderr.write(`pycell: can't open file '${filename}': ${(e as Error).message}\n`);
    return 2;
  }
  try {
    writeAll(1, dumpSymtableOf(source, filename));
  } catch (e) {
    // where the reference tool dies with a traceback (RecursionError), say what it says last
    const line = pythonErrorLine(e);
    if (line === null) throw e;
    writeAll(2, line + "\n");
    return 1;
  }
  return 0;
}

/** Runs `FILE [args]` or `-c CODE [args]`; stdout is written synchronously and flushed
 * before anything goes to stderr, so the two streams interleave as CPython's do. */
function runCli(argv: string[]): number {
  let source: string | Uint8Array;
  let filename: string;
  let args: string[];
  if (argv[0] === "-c") {
    if (argv[1] === undefined) {
      process.stderr.write("Argument expected for the -c option\n");
      return 2;
    }
    source = argv[1];
    filename = "<string>";
    args = ["-c", ...argv.slice(2)];
  } else if (argv[0] === "-m") {
    // `-m MODULE [args]`: runpy finds the module and runs it as __main__
    if (argv[1] === undefined) {
      process.stderr.write("Argument expected for the -m option\n");
      return 2;
    }
    source = `import runpy\nrunpy._run_module_as_main(${JSON.stringify(argv[1])})\n`;
    filename = "<pycell -m>";
    args = ["-m", ...argv.slice(2)];
  } else {
    filename = argv[0];
    try {
      source = readFileSync(filename);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      process.stderr.write(`pycell: can't open file '${filename}': [Errno 2] ${err.code === "ENOENT" ? "No such file or directory" : err.message}\n`);
      return 2;
    }
    args = argv;
    // CPython 3.9+: the main script's code objects carry its absolute path
    filename = resolvePath(filename);
  }
  let out = "";
  const flush = () => {
    if (out) writeAll(1, out);
    out = "";
  };
  const stdinLines = lineReader();
  const { exitCode } = runSource(source, {
    filename,
    argv: args,
    host: nodeHost(),
    stdout: (t) => {
      out += t;
      if (out.length > 1 << 16) flush();
    },
    stderr: (t) => {
      flush();
      writeAll(2, t);
    },
    stdin: () => {
      flush();
      return stdinLines();
    },
  });
  flush();
  return exitCode;
}

/** What the interpreter may use of Node: files for `import`, and V8's collector for
 * gc.collect() (exposed by the flags set before the worker starts: enableGcHooks). */
function nodeHost(): HostCapabilities {
  const gc = (globalThis as { gc?: () => void }).gc;
  return {
    readFile: (path) => {
      try {
        return readFileSync(path === "" ? "." : path, "utf8");
      } catch {
        return null;
      }
    },
    isDir: (path) => {
      try {
        return statSync(path === "" ? "." : path).isDirectory();
      } catch {
        return false;
      }
    },
    collectGarbage: typeof gc === "function" ? () => gc() : undefined,
    uname: nodeUname,
    fs: nodeFs,
    getcwd: () => process.cwd(),
    environ: () => Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => typeof e[1] === "string")),
    readBytes: (path) => readFileSync(path),
    writeBytes: (path, data, flag) => writeFileSync(path, data, { flag: flag === "x" ? "wx" : flag }),
    stat: (path) => {
      try {
        const st = statSync(path === "" ? "." : path);
        return { kind: st.isFile() ? "file" : st.isDirectory() ? "dir" : "other", size: st.size };
      } catch {
        return null;
      }
    },
  };
}

/** V8 flags read when the worker's context is created: `gc()` for gc.collect(), and
 * FinalizationRegistry.prototype.cleanupSome, which runs the engine's pending
 * finalization callbacks synchronously (src/runtime/finalize.ts). */
export function enableGcHooks(): void {
  v8.setFlagsFromString("--expose-gc");
  v8.setFlagsFromString("--harmony-weak-refs-with-cleanup-some");
}

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, "utf8");
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
      throw e;
    }
  }
}

/** Reads stdin synchronously one line at a time (input(), sys.stdin). */
function lineReader(): () => string | null {
  let pending = "";
  let eof = false;
  const chunk = Buffer.alloc(65536);
  return () => {
    for (;;) {
      const nl = pending.indexOf("\n");
      if (nl >= 0) {
        const line = pending.slice(0, nl + 1);
        pending = pending.slice(nl + 1);
        return line;
      }
      if (eof) {
        if (pending === "") return null;
        const rest = pending;
        pending = "";
        return rest;
      }
      let n = 0;
      try {
        n = readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        n = 0;
      }
      if (n === 0) eof = true;
      else pending += chunk.toString("utf8", 0, n);
    }
  };
}
