// ast.parse's "eval" (eval()) and "single" (the REPL) modes against python3's.
import { describe, expect, it } from "vitest";
import { cpythonDumps, pycellDump, type Mode } from "./cpython.js";

const CASES: Record<Exclude<Mode, "exec">, string[]> = {
  eval: ["1", "1 + 2\n", "x, y", "(x for x in y)", "lambda: 1", "f(x)\n\n\n", "", "x = 1", "1; 2", "yield x", "*a, b", "a if b else c", " 1", "1\n2", "# c\n1 # d\n", "f'{x}'"],
  single: ["x = 1", "x = 1\n", "if x:\n  y\n", "if x:\n  y\n\n", "x = 1; y = 2\n", "x = 1\ny = 2\n", "", "\n", "# comment\n", "def f():\n  pass\n", "1 +", "x = 1\n# c\n", "for x in y: pass\n\n", "@d\ndef f(): pass\n"],
};

for (const mode of ["eval", "single"] as const) {
  describe(`mode ${mode}`, () => {
    const srcs = CASES[mode];
    const expected = cpythonDumps(srcs, mode);
    srcs.forEach((src, i) => {
      it(JSON.stringify(src), () => {
        expect(pycellDump(src, mode)).toBe(expected[i]);
      });
    });
  });
}
