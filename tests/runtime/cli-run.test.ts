// bin/pycell running programs: exit status, argv, -c, stdin, stdout/stderr order and
// deep recursion (the worker's large stack), each checked against python3.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";

const dir = mkdtempSync(join(tmpdir(), "pycell-cli-"));
function both(args: string[], input = "") {
  const run = (cmd: string, a: string[]) => {
    const r = spawnSync(cmd, a, { input, encoding: "utf8", cwd: dir });
    return { out: r.stdout, err: r.stderr, code: r.status };
  };
  return { py: run("python3", args), pc: run("node", [join(process.cwd(), "bin/pycell"), ...args]) };
}
function file(name: string, src: string): string {
  writeFileSync(join(dir, name), src);
  return name;
}

describe("bin/pycell runs programs as python3 does", () => {
  it("argv, __name__ and sys.exit with an int", () => {
    const f = file("argv.py", "import sys\nprint(sys.argv, __name__)\nsys.exit(4)\n");
    const { py, pc } = both([f, "a", "b c"]);
    expect(pc.out).toBe(py.out);
    expect(pc.code).toBe(py.code);
  });
  it("-c and sys.exit with a message", () => {
    const { py, pc } = both(["-c", "import sys\nprint('x')\nsys.exit('bye')", "arg"]);
    expect([pc.out, pc.err, pc.code]).toEqual([py.out, py.err, py.code]);
  });
  it("stdout is flushed before stderr, tracebacks match", () => {
    const f = file("order.py", "import sys\nprint('one')\nprint('two', file=sys.stderr)\nprint('three')\ndef f():\n    return 1 / 0\nf()\n");
    const r1 = spawnSync("sh", ["-c", `python3 ${f} 2>&1`], { encoding: "utf8", cwd: dir });
    const r2 = spawnSync("sh", ["-c", `node ${join(process.cwd(), "bin/pycell")} ${f} 2>&1`], { encoding: "utf8", cwd: dir });
    // 3.11 adds ^^^^ markers under some lines; pycell does not print them yet
    const strip = (s: string) => s.split("\n").filter((l) => !/^\s*[~^]+\s*$/.test(l)).join("\n");
    expect(strip(r2.stdout)).toBe(strip(r1.stdout));
  });
  it("input() reads stdin and EOF raises EOFError", () => {
    const f = file("inp.py", "a = input('name? ')\nprint('hello', a)\ninput()\n");
    const { py, pc } = both([f], "ada\n");
    expect(pc.out).toBe(py.out);
    expect(pc.err.trim().split("\n").pop()).toBe(py.err.trim().split("\n").pop());
    expect(pc.code).toBe(py.code);
  });
  it("recursion deeper than the main thread's JS stack", () => {
    const f = file("deep.py", "import sys\nsys.setrecursionlimit(30000)\ndef g(k):\n    return 0 if k == 0 else 1 + g(k - 1)\nprint(g(25000))\n");
    const { py, pc } = both([f]);
    expect(pc.out).toBe(py.out);
    expect(pc.code).toBe(0);
  });
  it("a SyntaxError runs nothing", () => {
    const f = file("syn.py", "print('never')\nx = = 1\n");
    const { py, pc } = both([f]);
    expect([pc.out, pc.err, pc.code]).toEqual([py.out, py.err, py.code]);
  });
});
