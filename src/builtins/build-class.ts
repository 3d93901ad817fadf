// builtins.__build_class__(func, name, /, *bases, metaclass=..., **kwds): what a class
// statement calls in CPython (bltinmodule.c builtin___build_class__). pycell's class
// statements call klass.ts buildClass directly; this is the same entry for Python code
// (and lets exec() with a custom `__builtins__` tell whether it has one).
import type { PyValue } from "../runtime/object.js";
import { raise } from "../runtime/raise.js";
import { kwbuiltin } from "../runtime/descriptors.js";
import { PyFunction, type PyBuiltin } from "../runtime/function.js";
import { buildClass } from "../runtime/klass.js";
import { callv } from "../runtime/call.js";

export function buildClassBuiltin(): PyBuiltin {
  return kwbuiltin("__build_class__", (args, kw) => {
    if (args.length < 2) raise("TypeError", "__build_class__: not enough arguments");
    const [func, name, ...bases] = args;
    if (!(func instanceof PyFunction)) raise("TypeError", "__build_class__: func must be a function");
    if (typeof name !== "string") raise("TypeError", "__build_class__: name is not a string");
    const flat: PyValue[] = [];
    for (const [k, v] of kw ?? []) flat.push(k, v);
    // a plain function's body keeps its own (fast) locals, as in CPython: the
    // namespace only gets what the class machinery adds
    return buildClass(() => (callv(func, [], null), null), name, bases, flat, func.code);
  });
}
