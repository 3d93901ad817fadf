// The dump format alone: CPython's own tree, printed by pycell's dumpAst, must equal
// ast_dump.py's output byte for byte.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { dumpAst } from "../../src/ast/dump.js";
import { cpythonAst } from "../support/astjson.js";
import { stdlibDir } from "../support/paths.js";

const files = ["ast.py", "textwrap.py", "fractions.py", "dataclasses.py"];

describe("dumpAst reproduces ast.dump", () => {
  for (const name of files) {
    for (const positions of [false, true]) {
      it(`${name}${positions ? " with positions" : ""}`, () => {
        const path = `${stdlibDir()}/${name}`;
        const expected = execFileSync("python3", ["../shared/tools/ast_dump.py", ...(positions ? ["-a"] : []), path], { encoding: "utf8", maxBuffer: 1 << 30 });
        expect(dumpAst(cpythonAst(path), positions) + "\n").toBe(expected);
      });
    }
  }
});
