// os and os.path through the command line's host (cwd, environment, stat): bin/pycell
// and python3 run the same program in the same folder with the same environment.
import { expect, it } from "vitest";
import { execFileSync } from "node:child_process";

it("os host capabilities match python3", () => {
  const file = "tests/stdlib/host/os_host.py";
  const env = { ...process.env, PYCELL_H13_VAR: "value-1" };
  const want = execFileSync("python3", [file], { encoding: "utf8", env });
  const got = execFileSync("bin/pycell", [file], { encoding: "utf8", env });
  expect(got).toBe(want);
});
