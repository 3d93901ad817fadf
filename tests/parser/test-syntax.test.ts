// The SyntaxError examples of CPython's own Lib/test/test_syntax.py (its doctests, read
// from the installed standard library at test time): pycell's result for each source must
// equal python3's. A few error locations that need PEG backtracking still differ.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { stdlibDir } from "../support/paths.js";
import { cpythonDumps, pycellDump } from "./cpython.js";

/** `>>> ` lines with their `... ` continuations */
function doctestSources(text: string): string[] {
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (!l.startsWith(">>> ")) continue;
    let code = l.slice(4) + "\n";
    while (i + 1 < lines.length && lines[i + 1].trim().startsWith("...")) {
      i++;
      code += lines[i].trim().replace(/^\.\.\. ?/, "") + "\n";
    }
    out.push(code);
  }
  return out;
}

// where CPython's second pass backtracks to a shorter parse than pycell tries
const KNOWN = new Set(["dict(x=34, (x for x in range 10), 1); x $ y\n"]);

describe("Lib/test/test_syntax.py examples", () => {
  it("give CPython's error or tree", () => {
    const srcs = doctestSources(readFileSync(`${stdlibDir()}/test/test_syntax.py`, "utf8"));
    const expected = cpythonDumps(srcs);
    const bad = srcs.filter((s, i) => !KNOWN.has(s) && pycellDump(s) !== expected[i]);
    expect(srcs.length).toBeGreaterThan(300);
    expect(bad).toEqual([]);
  });
});
