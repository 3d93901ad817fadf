// `_pycell_symtable`: pycell's own scope analysis (src/symtable) handed to Python, for
// the `symtable` module (src/stdlib/lib/symtable.py). CPython's `_symtable.symtable`
// returns its PySTEntryObjects; here each scope becomes a plain tuple
//   (id, type, name, lineno, nested, symbols, children)
// with `symbols` a dict name -> flag bits | scope << SCOPE_OFF, the encoding CPython's
// symtable module reads (symtable.c update_symbols stores the scope that way).
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { raise } from "../runtime/raise.js";
import { PyBytes, PyList, PyTuple, tuple, type PyModule } from "../runtime/containers.js";
import { PyDict } from "../runtime/dict.js";
import type { PyValue } from "../runtime/object.js";
import { parseExpression, parseInteractive, parseModule } from "../parser/index.js";
import { CompileError } from "../ast/syntax-error.js";
import { EXC, newExc } from "../runtime/exceptions.js";
import { buildSymtable, type ScopeEntry } from "../symtable/index.js";

/** Include/internal/pycore_symtable.h: the scope sits above the flag bits. */
const SCOPE_OFF = 11;

function entryTuple(ste: ScopeEntry, ids: Map<ScopeEntry, number>): PyTuple {
  const symbols = new PyDict();
  for (const [name, flags] of ste.symbols) symbols.setStr(name, flags | (ste.scope(name) << SCOPE_OFF));
  const children = new PyList(ste.children.map((c) => entryTuple(c, ids)));
  if (!ids.has(ste)) ids.set(ste, ids.size + 1);
  return tuple([ids.get(ste)!, ste.type, ste.name, ste.lineno, ste.nested, symbols, children] as PyValue[]);
}

registerModule("_pycell_symtable", (m: PyModule) => {
  const d = m.$dict!;
  d.setStr("SCOPE_OFF", SCOPE_OFF);
  d.setStr("build", builtin("build", 3, 3, (code, filename, mode) => {
    const text = typeof code === "string" ? code : code instanceof PyBytes ? code.b : raise("TypeError", "symtable() arg 1 must be a string or bytes object");
    if (typeof filename !== "string") return raise("TypeError", "symtable() argument 'filename' must be str");
    if (mode !== "exec" && mode !== "eval" && mode !== "single") return raise("ValueError", "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
    try {
      const tree = mode === "eval" ? parseExpression(text, filename) : mode === "single" ? parseInteractive(text, filename) : parseModule(text, filename);
      return entryTuple(buildSymtable(tree, filename).top, new Map());
    } catch (e) {
      if (e instanceof CompileError) throw newExc(EXC[e.kind], [e.msg, new PyTuple([e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset])]);
      throw e;
    }
  }));
});
