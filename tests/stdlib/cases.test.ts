// tests/stdlib/<module>_cases.py for the text and data modules prints many results of
// one module's functions on generated inputs; its output under pycell (in-process
// runSource) must equal python3's. (Other helpers' *_cases.py have their own runners.)
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runSource } from "../../src/api.js";

const dir = "tests/stdlib";
const files = ["textwrap", "json", "pprint", "datetime"].map((m) => `${m}_cases.py`);

describe("stdlib modules against python3", () => {
  for (const f of files) {
    it(f, () => {
      const path = join(dir, f);
      const expected = execFileSync("python3", [path], { encoding: "utf8", maxBuffer: 1 << 28, timeout: 120_000 });
      let out = "";
      let err = "";
      const { exitCode } = runSource(readFileSync(path, "utf8"), { filename: path, stdout: (t) => (out += t), stderr: (t) => (err += t) });
      expect(err).toBe("");
      expect(exitCode).toBe(0);
      const a = out.split("\n");
      const b = expected.split("\n");
      const firstDiff = a.findIndex((l, i) => l !== b[i]);
      expect(firstDiff === -1 ? null : { line: firstDiff + 1, pycell: a[firstDiff], python3: b[firstDiff] }).toBe(null);
      expect(a.length).toBe(b.length);
    });
  }
});
