// The import system: a registry of built-in modules (TypeScript or Python source,
// created on first import) and sys.modules.
import type { PyValue } from "./object.js";
import { raise } from "./raise.js";
import { PyModule } from "./containers.js";
import { PyDict } from "./dict.js";
import { EXC, newExc } from "./exceptions.js";
import { getattr, genericGetattr } from "./attributes.js";

export type ModuleInit = (mod: PyModule) => void;

const registry = new Map<string, ModuleInit>();
export const sysModules = new PyDict();

/** Register a built-in module; `init` fills the module's namespace on first import. */
export function registerModule(name: string, init: ModuleInit): void {
  registry.set(name, init);
}

/** Set by the runner: compile and run Python source in a module namespace. */
export let runPythonSource: (src: string, filename: string, globals: PyDict) => void = () => raise("ImportError", "no compiler");
export function setPythonRunner(f: typeof runPythonSource): void {
  runPythonSource = f;
}

export function newModule(name: string): PyModule {
  const d = new PyDict();
  d.setStr("__name__", name);
  d.setStr("__doc__", null);
  d.setStr("__package__", "");
  d.setStr("__loader__", null);
  d.setStr("__spec__", null);
  return new PyModule(name, d);
}

function load(name: string): PyModule {
  const have = sysModules.getStr(name);
  if (have !== undefined) return have as PyModule;
  const init = registry.get(name);
  if (init === undefined) {
    const e = newExc(EXC.ModuleNotFoundError, [`No module named '${name}'`]);
    e.$dict!.setStr("name", name);
    throw e;
  }
  const m = newModule(name);
  sysModules.setStr(name, m);
  try {
    init(m);
  } catch (e) {
    sysModules.t.delete(name);
    throw e;
  }
  return m;
}

/** `import a.b.c`: loads every prefix; returns the leaf when `leaf`, else the top. */
export function importModule(name: string, leaf: boolean, level = 0, globals?: PyDict): PyValue {
  if (level > 0) name = resolveRelative(name, level, globals);
  const parts = name.split(".");
  let top: PyModule | null = null;
  let cur: PyModule | null = null;
  for (let i = 0; i < parts.length; i++) {
    const full = parts.slice(0, i + 1).join(".");
    const m = load(full);
    if (cur !== null) cur.$dict!.setStr(parts[i], m);
    cur = m;
    top ??= m;
  }
  return leaf ? cur! : top!;
}

/** The absolute name of a relative import (importlib._bootstrap._resolve_name). */
function resolveRelative(name: string, level: number, globals?: PyDict): string {
  const pkg = globals?.getStr("__package__");
  if (typeof pkg !== "string" || pkg === "") raise("ImportError", "attempted relative import with no known parent package");
  const bits = pkg.split(".");
  if (bits.length < level) raise("ImportError", "attempted relative import beyond top-level package");
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name ? `${base}.${name}` : base;
}

export function importFrom(m: PyValue, name: string): PyValue {
  const v = genericGetattr(m, name);
  if (v !== undefined) return v;
  const modName = (m as PyModule).name;
  try {
    return importModule(`${modName}.${name}`, true);
  } catch {
    const e = newExc(EXC.ImportError, [`cannot import name '${name}' from '${modName}' (unknown location)`]);
    e.$dict!.setStr("name", modName);
    throw e;
  }
}

export function importStar(m: PyValue, globals: PyDict): void {
  const d = (m as PyModule).$dict!;
  const all = d.getStr("__all__");
  if (all !== undefined) {
    const { toArray } = iterMod();
    for (const n of toArray(all)) globals.setStr(n as string, getattr(m, n as string));
    return;
  }
  for (const [k, v] of d.entries()) if (typeof k === "string" && !k.startsWith("_")) globals.setStr(k, v);
}
import * as It from "./iter.js";
const iterMod = () => It;
