// bin/pycell's start-up paths (docs/performance.md, "Start-up"): run as a command it
// starts node from dist/snapshot.blob and runs programs in the main thread with a deep
// stack; it falls back to dist/launch.js (a worker) when the snapshot cannot be used.
// Each path must behave exactly like python3: output, stderr order, exit status, deep
// recursion. Needs the built dist/ (npm test builds it). No timing is asserted.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "pycell");
const dir = mkdtempSync(join(tmpdir(), "pycell-startup-"));

function file(name: string, src: string): string {
  const p = join(dir, name);
  writeFileSync(p, src);
  return p;
}
interface Run {
  out: string;
  err: string;
  code: number | null;
}
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, input = ""): Run {
  const r = spawnSync(cmd, args, { input, encoding: "utf8", cwd: dir, env, maxBuffer: 1 << 24 });
  return { out: r.stdout, err: r.stderr, code: r.status };
}
/** The command bin/pycell execs, from the shell's trace (sh -x). */
function launched(bin: string, env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync("sh", ["-x", bin, "-c", "pass"], { encoding: "utf8", cwd: dir, env });
  return r.stderr.split("\n").filter((l) => l.startsWith("+ exec ")).pop() ?? "";
}
const lastLine = (s: string) => s.trim().split("\n").pop();

const DEEP = `import sys
sys.setrecursionlimit(100000)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
print(f(50000))
def g(n):
    return g(n + 1)
try:
    g(0)
except RecursionError as e:
    print("RecursionError:", e)
`;
const ORDER = "import sys\nprint('one')\nprint('two', file=sys.stderr)\nprint('three')\nsys.stdout.write('four\\n')\nraise SystemExit(3)\n";
const noNodeOptions = { ...process.env, NODE_OPTIONS: "" };

describe("the start-up snapshot", () => {
  it("is built next to the bundle, with its launcher settings", () => {
    expect(existsSync(join(ROOT, "dist", "snapshot.blob"))).toBe(true);
    expect(readFileSync(join(ROOT, "dist", "snapshot.sh"), "utf8")).toMatch(/snap_flags='[^']*--stack-size=\d+/);
  });
  it("is what bin/pycell starts when run as a command", () => {
    expect(launched(BIN, noNodeOptions)).toContain("--snapshot-blob");
  });
});

describe.each([
  ["snapshot", noNodeOptions],
  // NODE_OPTIONS would change V8's flags, which a snapshot must match: launch.js instead
  ["worker fallback", { ...process.env, NODE_OPTIONS: "--no-deprecation" }],
])("bin/pycell (%s) runs programs as python3 does", (_name, env) => {
  it("deep recursion works and runaway recursion is a RecursionError", () => {
    const f = file("deep.py", DEEP);
    const py = run("python3", [f]);
    const pc = run(BIN, [f], env);
    expect([pc.out, pc.code]).toEqual([py.out, py.code]);
  });
  it("stdout and stderr interleave as in CPython, exit status kept", () => {
    const f = file("order.py", ORDER);
    const py = spawnSync("sh", ["-c", `python3 ${f} 2>&1`], { encoding: "utf8", env });
    const pc = spawnSync("sh", ["-c", `${BIN} ${f} 2>&1`], { encoding: "utf8", env });
    expect([pc.stdout, pc.status]).toEqual([py.stdout, py.status]);
  });
  it("-c, argv, stdin and an uncaught exception", () => {
    const src = "import sys\nprint(sys.argv, input())\nraise KeyError('k')";
    const py = run("python3", ["-c", src, "a", "-c"], env, "line\n");
    const pc = run(BIN, ["-c", src, "a", "-c"], env, "line\n");
    expect([pc.out, lastLine(pc.err), pc.code]).toEqual([py.out, lastLine(py.err), py.code]);
  });
  it("imports a Python-source stdlib module and decodes \\N{...}", () => {
    const src = "import collections\nprint(collections.Counter('abca').most_common(1), '\\N{GREEK SMALL LETTER ALPHA}')";
    const py = run("python3", ["-c", src], env);
    const pc = run(BIN, ["-c", src], env);
    expect([pc.out, pc.code]).toEqual([py.out, py.code]);
  });
});

describe("bin/pycell falls back when the snapshot cannot be used", () => {
  it("a blob older or newer than its node is not used", () => {
    // a copy of the launcher and dist/ whose blob's mtime no longer matches node's
    const copy = mkdtempSync(join(tmpdir(), "pycell-stale-"));
    mkdirSync(join(copy, "bin"));
    cpSync(BIN, join(copy, "bin", "pycell"));
    cpSync(join(ROOT, "dist"), join(copy, "dist"), { recursive: true });
    utimesSync(join(copy, "dist", "snapshot.blob"), new Date(), new Date(Date.now() - 1000));
    expect(launched(join(copy, "bin", "pycell"), noNodeOptions)).toContain("launch.js");
    const pc = run(join(copy, "bin", "pycell"), ["-c", "print('stale ok')"], noNodeOptions);
    expect([pc.out, pc.code]).toEqual(["stale ok\n", 0]);
  });
  it("a blob started without the raised stack limit hands the program to a worker", () => {
    // what bin/pycell does, minus `ulimit -s`: recursion must still not crash
    const sh = readFileSync(join(ROOT, "dist", "snapshot.sh"), "utf8");
    const node = /snap_node='([^']*)'/.exec(sh)![1];
    const flags = /snap_flags='([^']*)'/.exec(sh)![1].split(" ");
    const f = file("deep2.py", DEEP);
    const r = spawnSync("sh", ["-c", 'ulimit -s 8192; exec "$@"', "sh", node, ...flags, "--snapshot-blob", join(ROOT, "dist", "snapshot.blob"), "--", f], { encoding: "utf8", env: noNodeOptions });
    const py = run("python3", [f]);
    expect([r.stdout, r.status]).toEqual([py.out, py.code]);
  });
});
