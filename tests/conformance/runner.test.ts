// The conformance runner itself, against fake interpreters: a program that hangs, one
// that leaves a grandchild behind, one that floods its output, one that dies with
// garbage bytes, a worker that loops, exits or throws. Each must become an ordinary
// failed result, quickly, and the programs after it must still run.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runApi } from "./runner-api.js";
import { runCli } from "./runner-cli.js";

const dir = mkdtempSync(join(tmpdir(), "pycell-conformance-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const program = (name: string): string => {
  const path = join(dir, name);
  writeFileSync(path, "print('unused')\n");
  return path;
};

const FAKE_PYCELL = `#!/usr/bin/env node
const { spawn } = require("node:child_process");
const { writeFileSync } = require("node:fs");
const name = process.argv[2];
if (name === "hang.py") setInterval(() => {}, 1000);
else if (name === "grandchild.py") {
  const child = spawn("sleep", ["30"], { stdio: "ignore" });
  writeFileSync("grandchild.pid", String(child.pid));
  setInterval(() => {}, 1000);
} else if (name === "flood.py") {
  const chunk = "x".repeat(1 << 16);
  const pump = () => { while (process.stdout.write(chunk)) {} process.stdout.once("drain", pump); };
  pump();
} else if (name === "garbage.py") {
  process.stdout.write(Buffer.from([0xff, 0xfe, 0x00, 0x41]));
  process.stderr.write("partial line without newline", () => process.kill(process.pid, "SIGKILL"));
} else {
  process.stdout.write("hi\\n");
  process.stderr.write("Traceback (most recent call last):\\nValueError: 0x7f12ab\\n\\n");
  process.exitCode = 1;
}
`;

const FAKE_WORKER = `import { parentPort } from "node:worker_threads";
parentPort.on("message", (job) => {
  if (job.filename === "hang.py") for (;;) {}
  if (job.filename === "exit.py") process.exit(3);
  if (job.filename === "throw.py") throw new Error("boom");
  if (job.filename === "stack.py") { const f = () => f() + 1; f(); }
  parentPort.postMessage({ id: job.id, stdout: "ran " + job.filename + "\\n", stderr: "", exitCode: 0 });
});
`;

// A killed process whose parent is gone may linger as a zombie until init reaps it;
// that counts as dead.
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(" ")[2] !== "Z";
  } catch {
    return true;
  }
};

describe("conformance runner", () => {
  it("survives hanging, flooding and crashing child processes", async () => {
    const pycell = join(dir, "fake-pycell");
    writeFileSync(pycell, FAKE_PYCELL.replace("#!/usr/bin/env node", `#!${process.execPath}`));
    writeFileSync(join(dir, "package.json"), '{"type": "commonjs"}');
    chmodSync(pycell, 0o755);
    const names = ["hang.py", "grandchild.py", "flood.py", "garbage.py", "ok.py"];
    const r = await runCli(names.map(program), { jobs: 2, timeoutMs: 1500, pycell });
    const get = (n: string) => r.get(join(dir, n));
    expect(get("hang.py")?.note).toMatch(/timed out/);
    expect(get("grandchild.py")?.note).toMatch(/timed out/);
    const grandchild = Number(readFileSync(join(dir, "grandchild.pid"), "utf8"));
    await new Promise((ok) => setTimeout(ok, 200));
    expect(alive(grandchild)).toBe(false);
    expect(get("flood.py")?.note).toMatch(/output exceeded/);
    expect(get("garbage.py")?.note).toMatch(/killed by SIGKILL/);
    expect(get("garbage.py")?.stderrLast).toBe("partial line without newline");
    expect(get("ok.py")).toEqual({ stdout: "hi\n", exitCode: 1, stderrLast: "ValueError: 0x\u2026", note: undefined });
  });

  it("survives a worker that loops, exits or throws", async () => {
    const workerFile = join(dir, "fake-worker.mjs");
    writeFileSync(workerFile, FAKE_WORKER);
    const names = ["hang.py", "a.py", "exit.py", "b.py", "throw.py", "c.py", "stack.py", "d.py"];
    const r = await runApi(names.map(program), { timeoutMs: 1500, workerFile });
    const get = (n: string) => r.get(join(dir, n));
    expect(get("hang.py")?.note).toMatch(/timed out/);
    expect(get("exit.py")?.note).toMatch(/exited with 3/);
    expect(get("throw.py")?.note).toMatch(/worker died: boom/);
    expect(get("stack.py")?.note).toMatch(/worker died/);
    for (const n of ["a.py", "b.py", "c.py", "d.py"]) expect(get(n)?.stdout).toBe(`ran ${n}\n`);
  });
});
