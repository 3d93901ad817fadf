// open() and file objects through the host's files (bin/pycell supplies them),
// compared with python3 on the same program; and the clear OSError an embedding
// without files gets.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { runSource } from "../../src/api.js";

const program = resolve("tests/runtime/programs/open_files.py");

describe("open() and file objects", () => {
  it("bin/pycell prints what python3 prints", () => {
    const run = (cmd: string, pre: string[]) => {
      const dir = mkdtempSync(join(tmpdir(), "pycell-open-"));
      const r = spawnSync(cmd, [...pre, program, join(dir, "scratch.txt")], { encoding: "utf8" });
      return { out: r.stdout, code: r.status, err: r.stderr };
    };
    const py = run("python3", []);
    const pc = run("node", [resolve("bin/pycell")]);
    expect(pc.err.split("\n").filter(Boolean).pop() ?? "").toBe(py.err.split("\n").filter(Boolean).pop() ?? "");
    expect(pc.out).toBe(py.out);
    expect(pc.code).toBe(py.code);
  });
  it("without host files, open raises OSError", () => {
    let out = "";
    runSource("try:\n    open('x')\nexcept OSError as e:\n    print(type(e).__name__, e)\n", { stdout: (t: string) => (out += t) });
    expect(out).toBe("OSError open(): this pycell has no file system (the embedding program gave none)\n");
  });
});
