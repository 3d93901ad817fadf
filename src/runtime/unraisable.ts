// An exception that nothing can receive (a generator's `finally` failing while the
// generator is finalized), reported on stderr as CPython's PyErr_WriteUnraisable does:
// "Exception ignored in: <object>" and the traceback.
import type { PyValue } from "./object.js";
import { PyBaseException } from "./exceptions.js";
import { PyDict } from "./dict.js";
import { pyRepr } from "./ops.js";
import { state } from "./state.js";
import { formatException } from "./runner.js";

export function writeUnraisable(e: unknown, obj: PyValue): void {
  // a JS error (an internal bug, a stack overflow) keeps its own path
  if (!(e instanceof PyBaseException)) throw e;
  let where: string;
  try {
    where = pyRepr(obj);
  } catch {
    where = "<object repr() failed>";
  }
  // the exception alone: the default unraisablehook prints no cause/context chain
  const seen = new Set<PyBaseException>();
  if (e.cause instanceof PyBaseException) seen.add(e.cause);
  if (e.context instanceof PyBaseException) seen.add(e.context);
  state.stderr(`Exception ignored in: ${where}\n${formatException(e, new PyDict(), seen)}`);
}
