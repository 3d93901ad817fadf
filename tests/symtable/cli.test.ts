// `pycell --dump-symtable FILE` (bin/pycell, built into dist/ by npm test) prints what
// /work/shared/tools/symtable_dump.py prints, for a file that compiles and for one that
// does not.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dumpSymtableOf } from "../../src/api.js";
import { stdlibDir } from "../support/paths.js";

const reference = (path: string) => execFileSync("python3", ["/work/shared/tools/symtable_dump.py", path], { encoding: "utf8", maxBuffer: 1 << 26 });

const dir = mkdtempSync(join(tmpdir(), "pycell-symtable-"));
const broken = join(dir, "broken.py");
writeFileSync(broken, "def f(x):\n    def g():\n        nonlocal y\n    return g\n");
const unparsable = join(dir, "unparsable.py");
writeFileSync(unparsable, "def f(:\n    pass\n");

describe("pycell --dump-symtable", () => {
  for (const path of [`${stdlibDir()}/functools.py`, broken, unparsable]) {
    it(path.split("/").pop()!, () => {
      const out = execFileSync("bin/pycell", ["--dump-symtable", path], { encoding: "utf8", maxBuffer: 1 << 26 });
      expect(out).toBe(reference(path));
    });
  }

  it("reports nesting too deep for CPython's symtable as RecursionError, at CPython's depth", () => {
    for (const terms of [2990, 2991]) {
      const path = join(dir, `deep${terms}.py`);
      writeFileSync(path, `x = ${Array(terms).fill("a").join(" + ")}\n`);
      const want = spawnSync("python3", ["/work/shared/tools/symtable_dump.py", path], { encoding: "utf8", maxBuffer: 1 << 26 });
      const got = spawnSync("bin/pycell", ["--dump-symtable", path], { encoding: "utf8", maxBuffer: 1 << 26 });
      expect(got.stdout).toBe(want.stdout);
      expect(got.stderr.trim().split("\n").pop()).toBe(want.stderr.trim().split("\n").pop());
      expect(got.status === 0).toBe(want.status === 0);
    }
  });

  it("is the library's dumpSymtableOf", () => {
    const path = `${stdlibDir()}/contextlib.py`;
    expect(dumpSymtableOf(readFileSync(path), path)).toBe(reference(path));
  });
});
