// Registers every Python-source module of src/stdlib/lib (embedded at build time by
// scripts/gen-frozen.mjs). A package gets `__path__` (empty: its submodules come from
// the same embedded table) and `__package__`, so relative imports inside it resolve.
import { registerModule, runPythonSource } from "../runtime/modules.js";
import { PyList } from "../runtime/containers.js";
import { FROZEN_SOURCES } from "./frozen-sources.generated.js";

// `source` is read at import, not here: the start-up snapshot's build serves it from a
// file on first use (scripts/build-snapshot.mjs)
for (const [name, entry] of Object.entries(FROZEN_SOURCES)) {
  const pkg = entry.pkg;
  registerModule(name, (m) => {
    const d = m.$dict!;
    const parent = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "";
    d.setStr("__package__", pkg ? name : parent);
    if (pkg) d.setStr("__path__", new PyList([]));
    d.setStr("__file__", `<frozen ${name}>`);
    runPythonSource(entry.source, `<frozen ${name}>`, d);
  });
}
