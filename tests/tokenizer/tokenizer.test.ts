// The tokenizer against CPython's tokenize module on valid sources: the same significant
// tokens (NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER), and for the
// first four the same text and positions (tokenize counts columns in characters, pycell
// in UTF-8 bytes as the C tokenizer does; the test converts).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TokType } from "../../src/tokenizer/token.js";
import { tokenize, translateNewlines } from "../../src/tokenizer/tokenizer.js";
import { FEATURE_SNIPPETS } from "../parser/feature-snippets.js";
import { stdlibDir } from "../support/paths.js";

const PY = `
import io, json, sys, tokenize
out = []
for src in json.load(sys.stdin):
    toks = []
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        name = tokenize.tok_name[t.type]
        if name in ("NL", "COMMENT"):
            continue
        if name in ("NAME", "NUMBER", "STRING", "OP"):
            toks.append(f"{name} {t.string!r} {t.start} {t.end}")
        else:
            toks.append(name)
    out.append(toks)
json.dump(out, sys.stdout)
`;

const NAMES: Record<number, string> = {
  [TokType.NAME]: "NAME", [TokType.NUMBER]: "NUMBER", [TokType.STRING]: "STRING", [TokType.OP]: "OP",
  [TokType.NEWLINE]: "NEWLINE", [TokType.INDENT]: "INDENT", [TokType.DEDENT]: "DEDENT", [TokType.ENDMARKER]: "ENDMARKER",
};

/** Python's repr of a str, enough for token texts */
const pyRepr = (s: string): string => {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === q) out += "\\" + q;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (c < 32 || c === 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + q;
};

function pycellTokens(src: string): string[] {
  const text = translateNewlines(src);
  const lines = text.split("\n");
  // byte column -> character column on a line
  const charCol = (line: number, byteCol: number): number => {
    const l = lines[line - 1] ?? "";
    let b = 0;
    let c = 0;
    for (const ch of l) {
      if (b >= byteCol) break;
      b += Buffer.byteLength(ch);
      c++;
    }
    return c;
  };
  const { tokens, error } = tokenize(src, "<test>");
  if (error) return [`ERROR ${error.msg}`];
  return tokens.map((t) => {
    const name = NAMES[t.type];
    if (t.type === TokType.NAME || t.type === TokType.NUMBER || t.type === TokType.STRING || t.type === TokType.OP) {
      return `${name} ${pyRepr(t.value)} (${t.lineno}, ${charCol(t.lineno, t.col)}) (${t.endLineno}, ${charCol(t.endLineno, t.endCol)})`;
    }
    return name;
  });
}

// tokenize.py's regular expressions read `0x1for` as 0x1f + or (the C tokenizer: 0x1 + for),
// it cannot see a BOM in a str, and it has no check for inconsistent tabs; leave those out.
const sources = FEATURE_SNIPPETS.filter((s) => !s.includes("0x1for") && !s.startsWith("\ufeff") && !s.includes("\r") && !/\n {8}pass\n\tpass/.test(s));
const files = ["textwrap.py", "ast.py", "dataclasses.py", "tokenize.py", "test/test_grammar.py", "test/test_fstring.py", "test/test_patma.py", "asyncio/tasks.py"];

describe("tokenizer", () => {
  const all = [...sources, ...files.map((f) => readFileSync(`${stdlibDir()}/${f}`, "utf8"))];
  const expected = JSON.parse(execFileSync("python3", ["-c", PY], { input: JSON.stringify(all), encoding: "utf8", maxBuffer: 1 << 28 })) as string[][];
  all.forEach((src, i) => {
    const label = i < sources.length ? JSON.stringify(src.slice(0, 50)) : files[i - sources.length];
    it(label, () => {
      expect(pycellTokens(src).join("\n")).toBe(expected[i].join("\n"));
    });
  });
});
