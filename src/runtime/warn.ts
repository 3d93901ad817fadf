// Issue a Python warning from TypeScript (PyErr_WarnEx): calls warnings.warn, so the
// filters, catch_warnings and "error" actions apply as for Python code.
import type { PyValue } from "./object.js";
import { importModule } from "./modules.js";
import { getattr } from "./attributes.js";
import { callv } from "./call.js";
import { EXC } from "./exceptions.js";

export function pyWarn(category: string, message: string, stacklevel = 1): void {
  const w: PyValue = importModule("warnings", true);
  callv(getattr(w, "warn"), [message, EXC[category], stacklevel], null);
}
