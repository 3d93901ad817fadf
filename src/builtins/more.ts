// Builtins that reach into other parts of the runtime: open() (the io module and
// the host's files), breakpoint and help. (__import__ is in runner.ts.)
import type { PyValue } from "../runtime/object.js";
import { builtin, kwbuiltin } from "../runtime/descriptors.js";
import { importModule } from "../runtime/modules.js";
import { getattr } from "../runtime/attributes.js";
import { callv } from "../runtime/call.js";
import { typeName, pyStr } from "../runtime/ops.js";
import type { PyBuiltin } from "../runtime/function.js";
import { writeTo } from "./functions.js";
import { raise } from "../runtime/raise.js";

/** A call forwarded with its keywords (vectorcall shape: values then names). */
function forward(f: PyValue, args: PyValue[], kw: Map<string, PyValue> | null): PyValue {
  if (kw === null || kw.size === 0) return callv(f, args, null);
  return callv(f, [...args, ...kw.values()], [...kw.keys()]);
}

export function moreBuiltins(): Record<string, PyBuiltin> {
  return {
    open: kwbuiltin("open", (args, kw) => forward(getattr(importModule("io", true), "open"), args, kw)),
    // breakpoint(*args, **kws) calls sys.breakpointhook (PEP 553, bltinmodule.c builtin_breakpoint)
    breakpoint: kwbuiltin("breakpoint", (args, kw) => {
      let hook: PyValue;
      try {
        hook = getattr(importModule("sys", true), "breakpointhook");
      } catch {
        return raise("RuntimeError", "lost sys.breakpointhook");
      }
      return forward(hook, args, kw);
    }),
    help: builtin("help", 0, 1, (obj) => {
      if (obj === undefined) {
        writeTo(null, "pycell has no interactive help; help(object) prints the object's docstring.\n");
        return null;
      }
      // functions and methods: pydoc's text, as CPython's help() prints it when
      // stdout is not a terminal (pydoc.help -> plainpager)
      const routine = callv(getattr(importModule("inspect", true), "isroutine"), [obj], null);
      if (routine === true) {
        callv(getattr(importModule("pydoc", true), "help"), [obj], null);
        return null;
      }
      let doc: PyValue = null;
      try {
        doc = getattr(obj, "__doc__");
      } catch {
        doc = null;
      }
      let title = "";
      try {
        title = pyStr(getattr(obj, "__name__"));
      } catch {
        title = typeName(obj);
      }
      writeTo(null, `Help on ${title}:\n\n${typeof doc === "string" ? doc : "(no documentation)"}\n`);
      return null;
    }),
  };
}
