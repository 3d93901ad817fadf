// Development aid: which stdlib files does pycell dump differently from CPython?
// usage: node bench/parse-stdlib-check.mjs [FILTER]   (prints one line per differing file)
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadParser, stdlibDir, stdlibFiles } from "./parse-stdlib-lib.mjs";

const { parseModule, dumpAst, CompileError } = await loadParser();
const expected = JSON.parse(readFileSync("tests/parser/stdlib-ast-hashes.json", "utf8")).files;
const dir = stdlibDir();
const sha = (s) => createHash("sha1").update(s).digest("hex");
const filter = process.argv[2] ?? "";
let same = 0, diff = 0;
for (const rel of stdlibFiles(dir)) {
  if (!rel.includes(filter)) continue;
  const path = join(dir, rel);
  let plain, pos, note = "";
  try {
    const tree = parseModule(readFileSync(path), path);
    plain = dumpAst(tree, false);
    pos = dumpAst(tree, true);
  } catch (e) {
    if (!(e instanceof CompileError)) { plain = pos = `JSERROR ${e}`; note = String(e.stack).split("\n").slice(0, 3).join(" | "); }
    else { plain = pos = `SyntaxError: ${e.msg} (${e.lineno}:${e.offset})`; note = plain; }
  }
  if (!expected[rel]) { console.log("no expectation for", rel); continue; }
  const [ep, ea] = expected[rel];
  const okP = sha(plain) === ep, okA = sha(pos) === ea;
  if (okP && okA) same++;
  else { diff++; console.log(`${rel}\t${okP ? "positions" : "tree"}\t${note}`); }
}
console.log(`${same} same, ${diff} different`);
