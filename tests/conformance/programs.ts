// The conformance programs, their expected results (written by regen.py from CPython)
// and the comparison rules. Keep `normalise` and `lastLine` in step with regen.py.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const HERE = fileURLToPath(new URL(".", import.meta.url));

export interface Outcome { stdout: string; exitCode: number; stderrLast: string; note?: string }

const ADDRESS = /0x[0-9a-fA-F]+/g;

export function normalise(text: string): string {
  return text.replace(ADDRESS, "0x\u2026");
}

export function lastLine(stderr: string): string {
  const lines = stderr.trimEnd().split("\n");
  return (lines[lines.length - 1] ?? "").trimEnd();
}

/** Every program TOPIC/.../NAME.py, as a path relative to this folder with "/" separators. */
export function listPrograms(): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".py")) found.push(relative(HERE, path).split("\\").join("/"));
    }
  };
  for (const top of readdirSync(HERE).sort()) {
    const path = join(HERE, top);
    if (statSync(path).isDirectory()) walk(path);
  }
  return found;
}

/** CPython's result, or undefined when regen.py has not been run for this program. */
export function expected(rel: string): Outcome | undefined {
  const base = join(HERE, rel.slice(0, -3));
  if (!existsSync(base + ".out") || !existsSync(base + ".err")) return undefined;
  const err = readFileSync(base + ".err", "utf8");
  const exit = /^exit: (-?\d+)$/m.exec(err);
  const last = /^stderr-last: (.*)$/m.exec(err);
  return { stdout: readFileSync(base + ".out", "utf8"), exitCode: exit ? Number(exit[1]) : NaN, stderrLast: last ? last[1] : "" };
}

/** Raw output of a run, reduced to what is compared. */
export function outcome(stdout: string, stderr: string, exitCode: number, note?: string): Outcome {
  return { stdout: normalise(stdout), exitCode, stderrLast: normalise(lastLine(stderr)), note };
}

/** Why `actual` differs from `want`, or undefined when they agree. */
export function difference(want: Outcome, actual: Outcome): string | undefined {
  const problems: string[] = [];
  if (actual.note) problems.push(actual.note);
  if (actual.exitCode !== want.exitCode) problems.push(`exit status ${actual.exitCode}, expected ${want.exitCode}`);
  if (normalise(actual.stderrLast) !== normalise(want.stderrLast)) {
    problems.push(`last stderr line ${JSON.stringify(actual.stderrLast)}, expected ${JSON.stringify(want.stderrLast)}`);
  }
  const a = normalise(actual.stdout);
  const w = normalise(want.stdout);
  if (a !== w) {
    const al = a.split("\n");
    const wl = w.split("\n");
    let i = 0;
    while (i < al.length && i < wl.length && al[i] === wl[i]) i++;
    problems.push(`stdout differs at line ${i + 1}: got ${JSON.stringify(al[i] ?? "<end>")}, expected ${JSON.stringify(wl[i] ?? "<end>")}`);
  }
  return problems.length ? problems.join("; ") : undefined;
}

/** tests/conformance/xfail.txt: one relative path per line, `#` starts a comment. */
export function readXfail(): Set<string> {
  const path = join(HERE, "xfail.txt");
  if (!existsSync(path)) return new Set();
  const names = readFileSync(path, "utf8").split("\n").map((l) => l.replace(/#.*/, "").trim()).filter((l) => l !== "");
  return new Set(names);
}
