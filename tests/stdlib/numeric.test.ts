// The numeric modules (random, math, cmath, fractions, numbers, statistics, decimal):
// each tests/stdlib/<module>_cases.py prints one line per case; it runs once under
// python3 and once under pycell (bin/pycell, built dist) and the lines must be equal.
// The files run concurrently (two processes each), so the whole file takes ~15 s.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

function run(cmd: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28, timeout: 300_000, env: { ...process.env, PYTHONHASHSEED: "0" } }, (_err, stdout, stderr) =>
      resolve({ stdout: String(stdout), stderr: String(stderr) }),
    );
  });
}

const MODULES = ["random", "math", "cmath", "fractions", "numbers", "statistics", "decimal"];

describe("numeric modules match CPython", () => {
  for (const mod of MODULES) {
    const file = `tests/stdlib/${mod}_cases.py`;
    it.concurrent(mod, async () => {
      expect(existsSync(file)).toBe(true);
      const [want, got] = await Promise.all([run("python3", ["-W", "ignore", file]), run("bin/pycell", [file])]);
      const a = want.stdout.split("\n");
      const b = got.stdout.split("\n");
      const bad: string[] = [];
      for (let i = 0; i < Math.max(a.length, b.length) && bad.length < 20; i++) {
        if (a[i] !== b[i]) bad.push(`line ${i + 1}\n  python3: ${a[i]}\n  pycell:  ${b[i]}`);
      }
      if (bad.length) bad.push(`pycell stderr: ${got.stderr.slice(-2000)}`);
      expect(bad.join("\n")).toBe("");
      expect(a.length).toBeGreaterThan(20);
    }, 300_000);
  }
});
