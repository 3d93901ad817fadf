// `_pycell_re`: the engine's interface to the Python layer (src/stdlib/lib/re/).
// compile(pattern, flags, error) -> (handle, groups, flags, groupindex dict)
// match(handle, string, pos, endpos, mode) -> None or a tuple of marks:
//   (start, end, g1start, g1end, ..., lastindex)   (-1 for unset)
// scan(handle, string, pos, endpos, limit) -> list of mark tuples of successive
//   non-overlapping matches (finditer/findall/sub/split), with the 3.7+ empty-match rule.
import { PyObject, PyStrSub, type PyValue } from "../../runtime/object.js";
import { registerModule } from "../../runtime/modules.js";
import { builtin } from "../../runtime/descriptors.js";
import { PyBytes, PyList, tuple } from "../../runtime/containers.js";
import { PyByteArray, bufferOf } from "../../runtime/bytes.js";
import { PyDict } from "../../runtime/dict.js";
import { callv } from "../../runtime/call.js";
import { raise } from "../../runtime/raise.js";
import { T } from "../../runtime/types.js";
import { PyType } from "../../runtime/type.js";
import { typeName, asStr } from "../../runtime/ops.js";
import { RegexOtherError, RegexSyntaxError } from "./ast.js";
import { parsePattern } from "./parser.js";
import { compile } from "./compiler.js";
import { Matcher, Mode } from "./vm.js";
import type { Program } from "./program.js";

const handleType = new PyType("_pycell_re.Program", [T.object]);
handleType.computeMro();
handleType.final = true;

class PyProgram extends PyObject {
  readonly matcher: Matcher;
  constructor(
    readonly prog: Program,
    readonly isBytes: boolean,
  ) {
    super();
    this.matcher = new Matcher(prog);
  }
}
PyProgram.prototype.$cls = handleType;

// the last str converted to code points (patterns are often applied to one string
// several times: finditer, sub, repeated searches with pos)
let lastStr: string | null = null;
let lastCps: Int32Array = new Int32Array(0);

function codePoints(s: string): Int32Array {
  if (s === lastStr) return lastCps;
  const out = new Int32Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out[n++] = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        continue;
      }
    }
    out[n++] = c;
  }
  lastStr = s;
  lastCps = n === s.length ? out : out.subarray(0, n);
  return lastCps;
}

function inputOf(v: PyValue, isBytes: boolean): ArrayLike<number> {
  if (typeof v === "string") {
    if (isBytes) raise("TypeError", "cannot use a bytes pattern on a string-like object");
    return codePoints(v);
  }
  // an instance of a str subclass matches as its str value
  if (v instanceof PyStrSub) return inputOf(asStr(v) as string, isBytes);
  if (v instanceof PyBytes || v instanceof PyByteArray) {
    if (!isBytes) raise("TypeError", "cannot use a string pattern on a bytes-like object");
    return (v as PyBytes).b;
  }
  // other buffers (memoryview, array): their bytes
  const buf = bufferOf(v);
  if (buf !== null) {
    if (!isBytes) raise("TypeError", "cannot use a string pattern on a bytes-like object");
    return buf;
  }
  return raise("TypeError", `expected string or bytes-like object, got '${typeName(v)}'`);
}

function marks(m: Matcher, end: number): PyValue {
  const prog = m.prog;
  const out: PyValue[] = [m.start, end];
  const regs = m.regs;
  for (let g = 1; g <= prog.groups; g++) {
    const s = regs[2 * g];
    const e = regs[2 * g + 1];
    if (s >= 0 && e >= 0) out.push(s, e);
    else out.push(-1, -1);
  }
  out.push(regs[prog.lastIndexReg]);
  return tuple(out);
}

function clamp(v: PyValue, len: number): number {
  let n = typeof v === "number" ? v : typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : 0;
  if (n < 0) n = 0;
  if (n > len) n = len;
  return n;
}

function rethrow(e: unknown, errorCls: PyValue, pattern: PyValue): never {
  if (e instanceof RegexSyntaxError) throw callv(errorCls, [e.msg, pattern, e.pos], null);
  if (e instanceof RegexOtherError) raise(e.kind, e.msg);
  throw e;
}

registerModule("_pycell_re", (m) => {
  const d = m.$dict!;
  d.setStr(
    "compile",
    builtin("compile", 3, 3, (pattern, flags, errorCls) => {
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
      for (const [k, v] of groupindex) gi.setStr(k, v);
      return tuple([new PyProgram(prog, isBytes), prog.groups, parsedFlags, gi]);
    }),
  );
  d.setStr(
    "match",
    builtin("match", 5, 5, (h, s, pos, endpos, mode) => {
      const p = h as PyProgram;
      const input = inputOf(s, p.isBytes);
      const len = input.length;
      const end = clamp(endpos, len);
      const start = clamp(pos, len);
      if (start > end) return null;
      let md = Number(mode);
      // modes 3..5: as 0..2, refusing an empty match at pos (Pattern.scanner after an
      // empty match)
      if (md >= 3) {
        md -= 3;
        p.matcher.noEmptyAt = start;
      }
      const r = p.matcher.search(input, start, end, md !== 2, md === 1 ? Mode.FullMatch : Mode.Match);
      p.matcher.noEmptyAt = -1;
      return r < 0 ? null : marks(p.matcher, r);
    }),
  );
  d.setStr(
    "scan",
    builtin("scan", 5, 5, (h, s, pos, endpos, limit) => {
      const p = h as PyProgram;
      const input = inputOf(s, p.isBytes);
      const len = input.length;
      const end = clamp(endpos, len);
      let at = clamp(pos, len);
      const max = typeof limit === "number" && limit > 0 ? limit : Infinity;
      const out: PyValue[] = [];
      const mt = p.matcher;
      let mustAdvance = false;
      while (at <= end && out.length < max) {
        mt.noEmptyAt = mustAdvance ? at : -1;
        const r = mt.search(input, at, end, false, Mode.Match);
        mt.noEmptyAt = -1;
        if (r < 0) break;
        out.push(marks(mt, r));
        mustAdvance = r === mt.start;
        at = r;
      }
      return new PyList(out);
    }),
  );
  // sub(handle, pieces, string, count) -> (result, n): pieces are literal str/bytes
  // and group numbers (a parsed replacement template)
  d.setStr(
    "sub",
    builtin("sub", 4, 4, (h, pieces, s, count) => {
      const p = h as PyProgram;
      const input = inputOf(s, p.isBytes);
      const end = input.length;
      const tpl = (pieces as PyList).a;
      const max = typeof count === "number" && count > 0 ? count : Infinity;
      const mt = p.matcher;
      const regs = mt.regs;
      const sub = substringer(s, input);
      const out: PyValue[] = [];
      let at = 0;
      let last = 0;
      let n = 0;
      let mustAdvance = false;
      while (at <= end && n < max) {
        mt.noEmptyAt = mustAdvance ? at : -1;
        const r = mt.search(input, at, end, false, Mode.Match);
        mt.noEmptyAt = -1;
        if (r < 0) break;
        const st = mt.start;
        if (st > last) out.push(sub(last, st));
        for (const piece of tpl) {
          if (typeof piece === "number") {
            const a = piece === 0 ? st : regs[2 * piece];
            const b = piece === 0 ? r : regs[2 * piece + 1];
            if (a >= 0 && b >= 0 && b > a) out.push(sub(a, b));
          } else out.push(piece);
        }
        n++;
        last = r;
        mustAdvance = r === st;
        at = r;
      }
      if (n === 0) return tuple([s instanceof PyByteArray ? new PyBytes(Uint8Array.from(s.b)) : s, 0]);
      if (last < end) out.push(sub(last, end));
      return tuple([joinPieces(out, p.isBytes), n]);
    }),
  );
  // split(handle, string, maxsplit) -> list (captured groups included, None when unset)
  d.setStr(
    "split",
    builtin("split", 3, 3, (h, s, maxsplit) => {
      const p = h as PyProgram;
      const input = inputOf(s, p.isBytes);
      const end = input.length;
      const max = typeof maxsplit === "number" && maxsplit > 0 ? maxsplit : Infinity;
      const mt = p.matcher;
      const regs = mt.regs;
      const ng = p.prog.groups;
      const sub = substringer(s, input);
      const out: PyValue[] = [];
      let at = 0;
      let last = 0;
      let n = 0;
      let mustAdvance = false;
      while (at <= end && n < max) {
        mt.noEmptyAt = mustAdvance ? at : -1;
        const r = mt.search(input, at, end, false, Mode.Match);
        mt.noEmptyAt = -1;
        if (r < 0) break;
        const st = mt.start;
        out.push(sub(last, st));
        for (let g = 1; g <= ng; g++) {
          const a = regs[2 * g];
          const b = regs[2 * g + 1];
          out.push(a >= 0 && b >= 0 ? sub(a, b) : null);
        }
        n++;
        last = r;
        mustAdvance = r === st;
        at = r;
      }
      out.push(sub(last, end));
      return new PyList(out);
    }),
  );
  d.setStr(
    "findall",
    builtin("findall", 4, 4, (h, s, pos, endpos) => {
      const p = h as PyProgram;
      const input = inputOf(s, p.isBytes);
      const end = clamp(endpos, input.length);
      let at = clamp(pos, input.length);
      const mt = p.matcher;
      const ng = p.prog.groups;
      const sub = substringer(s, input);
      const empty: PyValue = p.isBytes ? new PyBytes(new Uint8Array(0)) : "";
      const regs = mt.regs;
      const grp = (g: number): PyValue => {
        const a = regs[2 * g];
        const b = regs[2 * g + 1];
        return a >= 0 && b >= 0 ? sub(a, b) : empty;
      };
      const out: PyValue[] = [];
      let mustAdvance = false;
      while (at <= end) {
        mt.noEmptyAt = mustAdvance ? at : -1;
        const r = mt.search(input, at, end, false, Mode.Match);
        mt.noEmptyAt = -1;
        if (r < 0) break;
        if (ng === 0) out.push(sub(mt.start, r));
        else if (ng === 1) out.push(grp(1));
        else {
          const t: PyValue[] = [];
          for (let g = 1; g <= ng; g++) t.push(grp(g));
          out.push(tuple(t));
        }
        mustAdvance = r === mt.start;
        at = r;
      }
      return new PyList(out);
    }),
  );
});

/** Join pieces (str or bytes) of one kind. */
function joinPieces(parts: PyValue[], isBytes: boolean): PyValue {
  if (!isBytes) return (parts as string[]).join("");
  let n = 0;
  for (const p of parts) n += (p as PyBytes).b.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set((p as PyBytes).b, at);
    at += (p as PyBytes).b.length;
  }
  return new PyBytes(out);
}

/** Substrings of the subject by code-point indices. */
function substringer(s: PyValue, input: ArrayLike<number>): (a: number, b: number) => PyValue {
  if (s instanceof PyStrSub) s = asStr(s) as string;
  if (typeof s === "string") {
    if (input.length === s.length) return (a, b) => s.slice(a, b);
    const cps = input as Int32Array;
    return (a, b) => {
      let out = "";
      for (let i = a; i < b; i++) out += String.fromCodePoint(cps[i]);
      return out;
    };
  }
  const bytes = s instanceof PyBytes || s instanceof PyByteArray ? s.b : (input as Uint8Array);
  return (a, b) => new PyBytes(bytes.slice(a, b));
}

function codePointsCopy(s: string): number[] {
  const out: number[] = [];
  for (const c of s) out.push(c.codePointAt(0)!);
  return out;
}
