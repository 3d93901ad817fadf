// `_pycell_re`: the engine's interface to the Python layer (src/stdlib/lib/re/).
// compile(pattern, flags, error) -> a native re.Pattern (objects.ts; its methods in
//   pattern-methods.ts run the searches, match-methods.ts serves the Match objects)
// lookup(pattern, flags) -> the cached Pattern of a str/bytes pattern, else re._compile's
// setup(error, compile, template): the Python layer's hooks (objects.ts `hooks`)
// escape(pattern) -> re.escape; purge() -> drop lookup's cache
// Pattern, Match, Scanner: the types
import { PyStrSub, type PyValue } from "../../runtime/object.js";
import { registerModule } from "../../runtime/modules.js";
import { builtin } from "../../runtime/descriptors.js";
import { PyBytes } from "../../runtime/containers.js";
import { PyByteArray } from "../../runtime/bytes.js";
import { PyDict } from "../../runtime/dict.js";
import { callv } from "../../runtime/call.js";
import { raise } from "../../runtime/raise.js";
import { asStr, indexValue, isIndex, typeName } from "../../runtime/ops.js";
import { T } from "../../runtime/types.js";
import { RegexOtherError, RegexSyntaxError } from "./ast.js";
import { parsePattern } from "./parser.js";
import { compile } from "./compiler.js";
import type { Program } from "./program.js";
import { PyPattern, patternType, matchType, hooks } from "./objects.js";
import { codePointsCopy, subjectOf } from "./subject.js";
import "./match-methods.js";
import { scannerType } from "./pattern-methods.js";

function rethrow(e: unknown, errorCls: PyValue, pattern: PyValue): never {
  if (e instanceof RegexSyntaxError) throw callv(errorCls, [e.msg, pattern, e.pos], null);
  if (e instanceof RegexOtherError) raise(e.kind, e.msg);
  throw e;
}

// re's module-level functions with a str or bytes pattern: flags * 2 + (1 for bytes)
// -> pattern text (bytes as latin-1) -> Pattern
// (CPython keeps 512 in re._cache; the oldest goes first)
const MAXCACHE = 512;
const cache = new Map<number, Map<string, PyPattern>>();
let cached = 0;

registerModule("_pycell_re", (m) => {
  const d = m.$dict!;
  d.setStr(
    "compile",
    builtin("compile", 3, 3, (orig, flags, errorCls) => {
      let pattern = orig;
      let src: ArrayLike<number>;
      let isBytes = false;
      if (pattern instanceof PyStrSub) pattern = asStr(pattern) as string;
      if (typeof pattern === "string") src = Int32Array.from(codePointsCopy(pattern));
      else if (pattern instanceof PyBytes || pattern instanceof PyByteArray) {
        src = Uint8Array.from((pattern as PyBytes).b);
        isBytes = true;
      } else return raise("TypeError", "first argument must be string or compiled pattern");
      let prog: Program;
      let parsedFlags: number;
      let groupindex: Map<string, number>;
      try {
        const parsed = parsePattern(src, isBytes, Number(flags));
        parsedFlags = parsed.flags;
        groupindex = parsed.groupindex;
        prog = compile(parsed);
      } catch (e) {
        return rethrow(e, errorCls, pattern);
      }
      const gi = new PyDict();
      const names: (string | null)[] = new Array(prog.groups + 1).fill(null);
      for (const [k, v] of groupindex) {
        gi.setStr(k, v);
        names[v] = k;
      }
      // a str pattern is UNICODE unless ASCII (sre_compile's final flags)
      if (!isBytes && !(parsedFlags & 256)) parsedFlags |= 32;
      return new PyPattern(prog, isBytes, orig, parsedFlags, gi, names);
    }),
  );
  d.setStr("Pattern", patternType);
  d.setStr("Match", matchType);
  d.setStr("Scanner", scannerType);
  d.setStr(
    "setup",
    builtin("setup", 3, 3, (error, comp, parseTemplate) => {
      hooks.error = error;
      hooks.compile = comp;
      hooks.parseTemplate = parseTemplate;
      return null;
    }),
  );
  d.setStr(
    "lookup",
    builtin("lookup", 2, 2, (pattern, flags) => {
      let text: string;
      let kind = 0;
      if (pattern instanceof PyPattern && flags === 0) return pattern;
      if (typeof pattern === "string") text = pattern;
      else if (pattern instanceof PyBytes && pattern.$cls === T.bytes && pattern.b.length <= 4096) {
        text = String.fromCharCode(...pattern.b);
        kind = 1;
      } else return callv(hooks.compile, [pattern, flags], null);
      // flags that are not int-like get re._compile's error
      if (typeof flags !== "number" && !isIndex(flags)) return callv(hooks.compile, [pattern, flags], null);
      const f = (typeof flags === "number" ? flags : indexValue(flags, true)) * 2 + kind;
      const byText = cache.get(f);
      const hit = byText === undefined ? undefined : byText.get(text);
      if (hit !== undefined) return hit;
      const p = callv(hooks.compile, [pattern, flags], null);
      if (p instanceof PyPattern) {
        if (cached >= MAXCACHE) {
          for (const [k, m] of cache) {
            const first = m.keys().next();
            if (!first.done) {
              m.delete(first.value);
              cached--;
              if (m.size === 0) cache.delete(k);
              break;
            }
          }
        }
        let m = byText;
        if (m === undefined) cache.set(f, (m = new Map()));
        m.set(text, p);
        cached++;
      }
      return p;
    }),
  );
  d.setStr("escape", builtin("escape", 1, 1, escape));
  d.setStr(
    "purge",
    builtin("purge", 0, 0, () => {
      cache.clear();
      cached = 0;
      return null;
    }),
  );
});


// re.escape: a backslash before each character that can mean something in a pattern
// (the documented set: ASCII punctuation and whitespace that are special)
const SPECIAL = new Uint8Array(128);
for (const c of "()[]{}?*+-|^$\\.&~# \t\n\r\v\f") SPECIAL[c.charCodeAt(0)] = 1;

function escape(pattern: PyValue): PyValue {
  const s = typeof pattern === "string" ? pattern : asStr(pattern);
  if (s !== undefined) {
    let out = "";
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 128 && SPECIAL[c] === 1) {
        out += s.slice(from, i) + "\\";
        from = i;
      }
    }
    return out === "" ? s : out + s.slice(from);
  }
  let b: Uint8Array;
  try {
    b = subjectOf(pattern, true).input as Uint8Array;
  } catch {
    return raise("TypeError", `decoding to str: need a bytes-like object, ${typeName(pattern)} found`);
  }
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c < 128 && SPECIAL[c] === 1) out.push(92);
    out.push(c);
  }
  return new PyBytes(Uint8Array.from(out));
}
