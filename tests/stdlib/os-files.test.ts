// os, shutil and tempfile on the real file system, which only the command line's host
// lends (the in-process conformance run has none): bin/pycell (or PYCELL_BIN, a private
// build) and python3 run the same program and must print the same.
import { expect, it } from "vitest";
import { execFileSync } from "node:child_process";

it("os/shutil/tempfile file operations match python3", () => {
  const file = "tests/stdlib/host/os_files.py";
  const want = execFileSync("python3", [file], { encoding: "utf8" });
  const got = execFileSync(process.env.PYCELL_BIN || "bin/pycell", [file], { encoding: "utf8" });
  expect(got).toBe(want);
}, 60_000);
