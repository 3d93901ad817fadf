// Registers a standard-library module written in Python: its source is compiled and
// run in the module's namespace on first import.
import { registerModule, runPythonSource } from "../runtime/modules.js";

export function pythonModule(name: string, source: string): void {
  registerModule(name, (m) => runPythonSource(source, `<frozen ${name}>`, m.$dict!));
}
