// The re module: tests/stdlib/re_cases.py prints one line per case (matches, groups,
// findall/finditer/split/sub, error messages and positions, reprs, templates); it runs
// once under python3 and once under pycell (bin/pycell, built dist) and the lines must
// be identical. Plus adversarial inputs that must end as Python results or exceptions.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function run(cmd: string, args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28, input, env: { ...process.env, PYTHONHASHSEED: "0" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("re", () => {
  it("matches CPython on every case of re_cases.py", () => {
    const want = run("python3", ["tests/stdlib/re_cases.py"]);
    const got = run("bin/pycell", ["tests/stdlib/re_cases.py"]);
    expect(got.stderr).toBe("");
    const a = want.stdout.split("\n");
    const b = got.stdout.split("\n");
    const bad: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length) && bad.length < 20; i++) {
      if (a[i] !== b[i]) bad.push(`line ${i + 1}\n  python3: ${a[i]}\n  pycell:  ${b[i]}`);
    }
    expect(bad.join("\n")).toBe("");
    expect(a.length).toBeGreaterThan(10000);
  }, 60_000);

  it("survives long inputs and deep patterns without JavaScript errors", () => {
    const src = String.raw`
import re
s = "ab" * 200000
print(len(re.match(r"(?:a|b)*", s).group()))
print(len(re.match(r"(a|b)*c|.*", s).group()))
print(re.search(r"(x+x+)+y", "x" * 14) is None)
print(len(re.findall(r"\w", s)), len(re.sub("a", "", s)), len(re.split("b", s)))
print(re.match(r"(?:(a)|b)*?$", s).span())
try:
    re.compile("(" * 5000 + ")" * 5000)
except RecursionError as e:
    print("RecursionError")
print(re.match("(" * 200 + "a" + ")" * 200, "a").span())
print(re.fullmatch(r"(?:a{1,1000}){1,1000}", "a" * 5000) is not None)
`;
    const want = run("python3", ["-c", src]);
    const got = run("bin/pycell", ["-c", src]);
    expect(got.stderr).toBe("");
    expect(got.stdout).toBe(want.stdout);
  }, 60_000);
});
