// Hostile input never escapes as a JavaScript error or hangs: each case ends in a
// CompileError (or a tree) in reasonable time. Where CPython 3.11 reports a SyntaxError,
// pycell's class, message and location are compared with python3's.
import { describe, expect, it } from "vitest";
import { CompileError } from "../../src/ast/syntax-error.js";
import { parseModule } from "../../src/parser/index.js";
import { cpythonDumps, pycellDump } from "./cpython.js";

function outcome(src: string | Uint8Array): string {
  try {
    parseModule(src, "<test>");
    return "ok";
  } catch (e) {
    if (e instanceof CompileError) return `${e.kind}: ${e.msg}`;
    return `JS error: ${String(e)}`;
  }
}

const nested = (n: number): string => Array.from({ length: n }, (_, i) => " ".repeat(i) + "if x:\n").join("") + " ".repeat(n) + "pass\n";

describe("adversarial input", () => {
  // the same result as CPython
  const same: [string, string | Uint8Array][] = [
    ["NUL byte", "x = 1\0\n"],
    ["10,000 nested parentheses", "(".repeat(10000) + ")".repeat(10000)],
    ["10,000 nested brackets", "[".repeat(10000)],
    ["200 nested parentheses", "(".repeat(200) + ")".repeat(200) + "\n"],
    ["1 MB string", "x = '" + "a".repeat(1 << 20) + "'\n"],
    ["1 MB unterminated string", "x = '" + "a".repeat(1 << 20)],
    ["100 nested blocks", nested(100)],
    ["150 nested blocks", nested(150)],
    ["truncated def", "def f(x:\n  if"],
    ["truncated string", "x = '''abc"],
    ["lone backslash", "\\"],
    ["invalid UTF-8", Uint8Array.from([0x78, 0x20, 0x3d, 0x20, 0xff, 0xfe, 0x0a])],
  ];
  const expected = cpythonDumps(same.map(([, s]) => s));
  same.forEach(([name, src], i) => {
    it(name, () => {
      const got = pycellDump(typeof src === "string" ? Buffer.from(src) : src);
      // CPython gives the NUL-byte error no line; pycell says line 0
      expect(got.replace(/ \(0:0\)$/, " (None:None)").slice(0, 2000)).toBe(expected[i].slice(0, 2000));
    });
  });

  it("1 MB line", () => {
    // CPython parses it but fails to build its 250,000-deep tree (RecursionError)
    expect(outcome("x = " + "1 + ".repeat(250000) + "1\n")).toBe("ok");
  });

  // deeper than CPython's parser stack (it raises MemoryError): a CompileError, not a crash
  const deep: [string, string][] = [
    ["100,000 unary minus", "-".repeat(100000) + "1"],
    ["100,000 nots", "not ".repeat(100000) + "x"],
    ["100,000 powers", "x = " + "a**".repeat(100000) + "1"],
    ["50,000 lambdas", "lambda: ".repeat(50000) + "1"],
    ["50,000 conditional expressions", "1 if 1 else ".repeat(50000) + "1"],
    ["200,000 awaits", "await ".repeat(200000) + "x"],
  ];
  for (const [name, src] of deep) {
    it(name, () => {
      expect(outcome(src)).toMatch(/^SyntaxError: /);
    });
  }

  it("random bytes", () => {
    let seed = 12345;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const alphabet = " \t\n\\'\"#()[]{}:;,.=+-*/%<>!@&|^~0123456789abcdefxyzjJ_eE\u00e9\u20ac";
    for (let i = 0; i < 3000; i++) {
      const n = Math.floor(rand() * 120);
      let r: string | Uint8Array;
      if (i % 2) r = Uint8Array.from({ length: n }, () => Math.floor(rand() * 256));
      else r = Array.from({ length: n }, () => alphabet[Math.floor(rand() * alphabet.length)]).join("");
      const o = outcome(r);
      if (o.startsWith("JS error")) expect.fail(`${o} for ${JSON.stringify(typeof r === "string" ? r : Array.from(r))}`);
    }
  });

  it("random token soup matches CPython", () => {
    let seed = 777;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x80000000;
    };
    const words = ["x", "1", "'s'", "f'{x}'", "(", ")", "[", "]", "{", "}", ":", ",", "=", "+", "*", "**", "if", "else", "for", "in", "def", "lambda", "not", "and", "\n", "\n  ", "return", "yield", "import", ".", ":=", "->", "@", "class", "with", "as", "async", "await", "match", "case", "try", "except", "del", "pass"];
    const srcs = Array.from({ length: 400 }, () => Array.from({ length: 1 + Math.floor(rand() * 12) }, () => words[Math.floor(rand() * words.length)]).join(" ") + "\n");
    const exp = cpythonDumps(srcs);
    const bad = srcs.filter((s, i) => pycellDump(s) !== exp[i]);
    // generic "invalid syntax" locations after deep backtracking can differ; most must match
    expect(bad.length / srcs.length).toBeLessThan(0.03);
  });
});
