// The import system: a registry of built-in modules (TypeScript or Python source,
// created on first import) and sys.modules.
import type { PyValue } from "./object.js";
import { raise } from "./raise.js";
import { PyModule } from "./containers.js";
import { PyDict } from "./dict.js";
import { EXC, excFields, newExc, PyBaseException } from "./exceptions.js";
import { getattr, genericGetattr } from "./attributes.js";
import { PyList } from "./containers.js";
import { host, joinPath } from "./host.js";

export type ModuleInit = (mod: PyModule) => void;

const registry = new Map<string, ModuleInit>();
export const sysModules = new PyDict();

/** Register a built-in module; `init` fills the module's namespace on first import. */
export function registerModule(name: string, init: ModuleInit): void {
  registry.set(name, init);
}

/** true when `name` is a module of the built-in registry (importlib.util.find_spec). */
export function isRegistered(name: string): boolean {
  return registry.has(name);
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
  if (have === null) {
    // importlib._bootstrap._find_and_load: a None entry blocks the import
    const e = newExc(EXC.ModuleNotFoundError, [`import of ${name} halted; None in sys.modules`]);
    excFields(e).setStr("name", name);
    throw e;
  }
  if (have !== undefined) return have as PyModule;
  const init = registry.get(name) ?? findOnPath(name);
  if (init === undefined) {
    const e = newExc(EXC.ModuleNotFoundError, [`No module named '${name}'`]);
    excFields(e).setStr("name", name);
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

/** The path-based finder (importlib's PathFinder + SourceFileLoader, for `.py` files
 * only), used after the built-in registry: a top-level name is looked for in every
 * str entry of sys.path, a submodule in its parent package's `__path__`; `NAME/` with
 * an `__init__.py` is a package, else `NAME.py` a module. Files come from the host
 * (host.ts): without a `readFile` capability nothing is found here. */
function findOnPath(name: string): ModuleInit | undefined {
  const { readFile, isDir } = host.caps;
  if (readFile === undefined) return undefined;
  const dot = name.lastIndexOf(".");
  const leaf = name.slice(dot + 1);
  let dirs: PyValue;
  if (dot < 0) {
    dirs = load("sys").$dict!.getStr("path") ?? null;
  } else {
    const parent = sysModules.getStr(name.slice(0, dot));
    dirs = parent === undefined ? null : ((parent as PyModule).$dict!.getStr("__path__") ?? null);
  }
  if (!(dirs instanceof PyList)) return undefined;
  for (const entry of dirs.a.slice()) {
    if (typeof entry !== "string") continue;
    const pkgDir = joinPath(entry, leaf);
    if (isDir === undefined || isDir(pkgDir)) {
      const initFile = joinPath(pkgDir, "__init__.py");
      const src = readFile(initFile);
      if (src !== null) return sourceModule(name, src, initFile, pkgDir);
    }
    const file = joinPath(entry, leaf + ".py");
    const src = readFile(file);
    if (src !== null) return sourceModule(name, src, file, null);
  }
  return undefined;
}

function sourceModule(name: string, source: string, file: string, pkgDir: string | null): ModuleInit {
  return (m) => {
    const d = m.$dict!;
    d.setStr("__file__", file);
    d.setStr("__cached__", null);
    if (pkgDir !== null) d.setStr("__path__", new PyList([pkgDir]));
    d.setStr("__package__", pkgDir !== null ? name : name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "");
    runPythonSource(source, file, d);
  };
}

/** `import a.b.c`: loads every prefix; returns the leaf when `leaf`, else the top. */
export function importModule(name: string, leaf: boolean, level = 0, globals?: PyDict): PyValue {
  if (level > 0) name = resolveRelative(name, level, globals);
  // `import heapq` in a function body runs at every call: no name splitting then
  else if (name.indexOf(".") < 0) return load(name);
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
  // PEP 562: the module's own __getattr__ is asked before a submodule is imported
  if (m instanceof PyModule && m.$dict?.getStr("__getattr__") !== undefined) {
    try {
      return getattr(m, name);
    } catch (err) {
      if (!(err instanceof PyBaseException && err.$cls.isSubtypeOf(EXC.AttributeError))) throw err;
    }
  }
  const modName = (m as PyModule).name;
  try {
    return importModule(`${modName}.${name}`, true);
  } catch (err) {
    // importlib's _handle_fromlist swallows only "No module named <that submodule>";
    // any other error raised while importing it propagates
    if (!(err instanceof PyBaseException && err.$cls.isSubtypeOf(EXC.ModuleNotFoundError) && excFields(err).getStr("name") === `${modName}.${name}`)) throw err;
    const e = newExc(EXC.ImportError, [`cannot import name '${name}' from '${modName}' (unknown location)`]);
    excFields(e).setStr("name", modName);
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
