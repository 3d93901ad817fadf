// `_pycell_tb`: what pycell's traceback module (src/stdlib/lib/traceback.py) reads from
// the runtime: the (file, line, function) entries of an exception's or a traceback
// object's frames, source lines of compiled files, and the runtime's own rendering of
// an exception's last line (src/runtime/runner.ts formatException), so that
// traceback.format_exception and an uncaught exception's report agree.
import type { PyValue } from "../runtime/object.js";
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { PyList, tuple, type PyModule } from "../runtime/containers.js";
import { PyDict } from "../runtime/dict.js";
import { PyBaseException, type TbEntry } from "../runtime/exceptions.js";
import { PyTraceback } from "../runtime/exc-methods.js";
import { formatException, sourceLine, sourceLines, hiddenFrame, stopIterationSource } from "../runtime/runner.js";
import { caretLine } from "../runtime/carets.js";
import { raise } from "../runtime/raise.js";
import { typeName, pyStr } from "../runtime/ops.js";

const entry = (f: TbEntry): PyValue => tuple([f.code.co_filename, f.line, f.code.co_name]);

registerModule("_pycell_tb", (m: PyModule) => {
  const d = m.$dict!;
  // frames(tb) -> [(filename, lineno, name), ...], outermost first, from a traceback object
  d.setStr("frames", builtin("frames", 1, 1, (tb) => {
    if (tb === null) return new PyList([]);
    if (!(tb instanceof PyTraceback)) raise("TypeError", `expected a traceback object, not ${typeName(tb)}`);
    const out: PyValue[] = [];
    for (let t: PyTraceback | null = tb; t !== null; t = t.next) if (!hiddenFrame(t.entry.code)) out.push(entry(t.entry));
    return new PyList(out);
  }));
  // carets(tb, exc) -> the PEP 657 marker line (or "") of each frame of frames(tb)
  d.setStr("carets", builtin("carets", 2, 2, (tb, exc) => {
    if (tb === null || !(tb instanceof PyTraceback)) return new PyList([]);
    const ents: TbEntry[] = [];
    for (let t: PyTraceback | null = tb; t !== null; t = t.next) if (!hiddenFrame(t.entry.code)) ents.push(t.entry);
    let info: { type: string; msg: string } | null = null;
    if (exc instanceof PyBaseException) {
      try {
        info = { type: exc.$cls.name, msg: pyStr(exc) };
      } catch {
        info = null;
      }
    }
    return new PyList(ents.map((en, i) => {
      const lines = sourceLines(en.code.co_filename);
      if (lines === undefined || en.code.co_filename.startsWith("<")) return "";
      const next = ents[i + 1];
      const resumed = next === undefined && exc instanceof PyBaseException ? stopIterationSource(exc) : null;
      if (resumed !== null) return caretLine(en.code.co_filename, lines, en.line, resumed.co_name, null, resumed.co_flags, en.code.co_name);
      return caretLine(en.code.co_filename, lines, en.line, next ? next.code.co_name : null, next ? null : info, next ? next.code.co_flags : 0, en.code.co_name);
    }));
  }));
  d.setStr("source_line", builtin("source_line", 2, 2, (file, line) => {
    if (typeof file !== "string" || typeof line !== "number") return null;
    return sourceLine(file, line) ?? null;
  }));
  // source_lines(file) -> the raw lines of a compiled file (no line ends), or None:
  // inspect.getsource's fallback when the file system is not reachable (runSource)
  d.setStr("source_lines", builtin("source_lines", 1, 1, (file) => {
    const lines = typeof file === "string" ? sourceLines(file) : undefined;
    return lines === undefined ? null : new PyList(lines.slice());
  }));
  // last_line(exc, globals) -> "Type: message\n" plus __notes__ lines, as the runtime prints it
  d.setStr("last_lines", builtin("last_lines", 2, 2, (exc, globals) => {
    if (!(exc instanceof PyBaseException)) raise("TypeError", `expected an exception, not ${typeName(exc)}`);
    const saved = { tb: exc.tb, cause: exc.cause, context: exc.context };
    exc.tb = [];
    exc.cause = null;
    exc.context = null;
    try {
      return formatException(exc, globals instanceof PyDict ? globals : new PyDict());
    } finally {
      exc.tb = saved.tb;
      exc.cause = saved.cause;
      exc.context = saved.context;
    }
  }));
});
