// Compiled exec()/eval() strings, kept per globals dict: running the same small source
// text again in the same namespace (dataclasses and namedtuple generate identical
// method sources for classes with the same fields; a class made in a loop repeats
// all of them) reuses the parse, the code generation and the `new Function` of the
// first time. Every run still makes its own code objects, constants and function
// objects (runner.ts runUnit), as CPython's compile does; they take the global code
// ids of the first compile, which the generated `$f<id>` names refer to, so a stack
// trace finds the newest run's code objects there (same names, file and globals).
import type { PyDict } from "./dict.js";
import type { CompiledUnit } from "./compiled-unit.js";

/** the `new Function` of a unit (runner.ts runUnit calls it) */
export type UnitFn = (...args: never[]) => unknown;

export interface CachedUnit {
  unit: CompiledUnit;
  codeBase: number;
  fn: UnitFn;
}

/** sources longer than this are not kept (the cache holds their syntax trees) */
const MAX_TEXT = 4096;
/** entries per globals dict before the dict's cache is emptied */
const MAX_ENTRIES = 128;

const byGlobals = new WeakMap<PyDict, Map<string, CachedUnit>>();

/** The cache key of a compile of `text`, or null when it is not cached: only
 * exec/eval strings (pseudo-file names like `<string>`), and only short ones. */
export function execCacheKey(text: string, filename: string, flags: string): string | null {
  if (text.length > MAX_TEXT || !filename.startsWith("<") || filename.startsWith("<frozen")) return null;
  return `${flags}\u0000${filename}\u0000${text}`;
}

export function execCacheGet(globals: PyDict, key: string): CachedUnit | undefined {
  return byGlobals.get(globals)?.get(key);
}

export function execCachePut(globals: PyDict, key: string, entry: CachedUnit): void {
  let m = byGlobals.get(globals);
  if (m === undefined) byGlobals.set(globals, (m = new Map()));
  else if (m.size >= MAX_ENTRIES) m.clear();
  m.set(key, entry);
}
