// Malformed and adversarial programs: none may escape as a JavaScript error, hang or
// overflow the JS stack. Where CPython's answer is deterministic the results must match.
import { describe, expect, it } from "vitest";
import { normAddr, pycellResult, pythonResults } from "../codegen/oracle.js";
import { runSource } from "../../src/api.js";

/** [name, program, compare with python3] */
const CASES: [string, string, boolean][] = [
  ["uncaught_deep_recursion", "def f(n):\n    return f(n + 1)\nf(0)\n", true],
  ["caught_recursion_then_continue", "def f(n):\n    return f(n + 1)\nfor i in range(3):\n    try:\n        f(0)\n    except RecursionError as e:\n        print(i, e)\n", true],
  ["recursion_in_repr", "class A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(A())\nexcept RecursionError:\n    print('caught')\n", true],
  ["mutual_recursion_in_comparison", "a = []\nb = [a]\na.append(b)\ntry:\n    a == b\nexcept RecursionError:\n    print('caught')\n", true],
  ["recursive_containers_repr", "l = [1]\nl.append(l)\nd = {}\nd['d'] = d\nt = (l, d)\nprint(l, d, t)\ns = set()\nprint(s)\n", true],
  ["huge_int_arithmetic", "x = 3 ** 20000\nprint(x.bit_length(), x % 1000007, (x * x) // x == x, -x < 0)\n", true],
  ["huge_int_str_limit", "print(len(str(10 ** 5000)))\n", true],
  ["huge_int_str_limit_raised", "import sys\nsys.set_int_max_str_digits(0)\nprint(len(str(10 ** 5000)))\n", true],
  ["int_float_overflow", "try:\n    float(10 ** 400)\nexcept OverflowError as e:\n    print(e)\ntry:\n    2.0 ** 5000\nexcept OverflowError as e:\n    print(e)\nprint(10 ** 400 / 10 ** 399)\n", true],
  ["big_repeat", "try:\n    [0] * (10 ** 12)\nexcept (MemoryError, OverflowError) as e:\n    print(type(e).__name__)\n", false],
  // V8 aborts the process when an array outgrows ~112M elements: collecting must stop first
  ["endless_collect", "import itertools\nfor make in (lambda: list(itertools.count()), lambda: [x for x in itertools.repeat(1)], lambda: bytes(itertools.repeat(1))):\n    try:\n        make()\n    except MemoryError as e:\n        print(type(e).__name__)\n", false],
  ["deep_parens", "print(" + "(".repeat(150) + "1" + ")".repeat(150) + ")\n", true],
  ["too_many_parens", "x = " + "(".repeat(300) + "1" + ")".repeat(300) + "\n", true],
  ["deep_unary", "print(" + "-".repeat(5000) + "1)\n", false],
  ["deep_nested_lists", "x = " + "[".repeat(150) + "]".repeat(150) + "\nprint(len(x))\n", true],
  ["deep_nested_functions", Array.from({ length: 60 }, (_, i) => "    ".repeat(i) + `def f${i}():\n`).join("") + "    ".repeat(60) + "return 1\nprint('ok')\n", false],
  ["long_chain_addition", "x = " + Array.from({ length: 3000 }, () => "1").join(" + ") + "\nprint(x)\n", false],
  ["nul_byte", "x = 1\0\n", false],
  ["unterminated_string", "print('abc)\n", true],
  ["bad_indent", "if True:\nprint(1)\n", true],
  ["garbage", "@@@ ??? $$$\n", false],
  ["return_outside_function", "return 5\n", true],
  ["break_outside_loop", "break\n", true],
  ["nonlocal_at_module", "nonlocal x\n", true],
  ["generator_reentry", "def g():\n    yield next(it)\nit = g()\ntry:\n    next(it)\nexcept ValueError as e:\n    print(e)\n", true],
  ["iter_dict_mutation", "d = {1: 1}\ntry:\n    for k in d:\n        d[k + 1] = 0\nexcept RuntimeError as e:\n    print(e)\n", true],
  ["huge_range", "r = range(10 ** 20)\nprint(r[-1], 10 ** 19 in r)\ntry:\n    len(r)\nexcept OverflowError as e:\n    print(e)\n", true],
  ["js_names_are_python_names", "constructor = 1\n__proto__ = 2\nprototype = 3\nclass C:\n    constructor = 4\n    __proto__ = 5\nprint(constructor, __proto__, prototype, C.constructor, C.__proto__)\nd = {'__proto__': 1, 'constructor': 2}\nprint(d)\n", true],
  ["js_reserved_words_as_names", "var = 1\nlet = 2\nfunction = 3\nthis = 4\nnew = 5\ntypeof = 6\ndef delete(arguments, eval=1):\n    return arguments + eval\nprint(var + let + function + this + new + typeof, delete(1))\n", true],
];

const compared = CASES.filter((c) => c[2]);
const expected = pythonResults(compared.map((c) => c[1]));

describe("adversarial programs", () => {
  CASES.forEach(([name, src, compare]) => {
    it(name, () => {
      const got = pycellResult(src);
      expect(got.stderr).not.toContain("internal error");
      if (!compare) {
        expect([0, 1]).toContain(got.exit);
        return;
      }
      const want = expected[compared.findIndex((c) => c[0] === name)];
      expect(normAddr(got.stdout)).toBe(normAddr(want.stdout));
      expect(got.exit).toBe(want.exit);
      expect(normAddr(got.last)).toBe(normAddr(want.last));
    });
  });

  it("random bytes never escape as a JS error", () => {
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let i = 0; i < 100; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(rnd() * 60) }, () => Math.floor(rnd() * 256));
      let err = "";
      const r = runSource(bytes, { filename: "rand.py", stdout: () => {}, stderr: (t) => (err += t) });
      expect(err).not.toContain("internal error");
      expect([0, 1]).toContain(r.exitCode);
    }
  });
});
