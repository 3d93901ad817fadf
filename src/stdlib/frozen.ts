// Registers every Python-source module of src/stdlib/lib (embedded at build time by
// scripts/gen-frozen.mjs). A package gets `__path__` (empty: its submodules come from
// the same embedded table) and `__package__`, so relative imports inside it resolve.
import { registerModule, runPythonSource } from "../runtime/modules.js";
import { PyList } from "../runtime/containers.js";
import { FROZEN_SOURCES } from "./frozen-sources.generated.js";
import { FROZEN_COMPILED, FROZEN_RESERVED } from "./frozen-compiled.js";
import { codeRegistry } from "../runtime/frames.js";
import { runPrecompiled, unitFromJson } from "../runtime/compiled-unit.js";

// modules compiled at build time run their JS directly; their code ids were numbered
// from 0 at build time, so they are reserved before anything else is compiled
const precompiled = FROZEN_RESERVED > 0 && codeRegistry.length === 0;
if (precompiled) codeRegistry.length = FROZEN_RESERVED;

/** A module's compiled unit, if it has one that can be read (PYCELL_NO_PRECOMPILED set
 * or its file gone: the source is compiled as before). */
function compiledJson(name: string): string | undefined {
  const pc = FROZEN_COMPILED[name];
  if (pc === undefined || noPrecompiled()) return undefined;
  try {
    return pc.json();
  } catch {
    return undefined;
  }
}
const noPrecompiled = (): boolean => (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.PYCELL_NO_PRECOMPILED !== undefined;

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
    const json = precompiled ? compiledJson(name) : undefined;
    if (json !== undefined) runPrecompiled(unitFromJson(json), `<frozen ${name}>`, d, FROZEN_COMPILED[name].base, FROZEN_COMPILED[name].source);
    else runPythonSource(entry.source, `<frozen ${name}>`, d);
  });
}
