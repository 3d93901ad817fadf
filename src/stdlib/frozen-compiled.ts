// The embedded stdlib compiled to JavaScript at build time (src/stdlib/precompile.ts):
// empty here. The start-up snapshot's build (scripts/build-snapshot.mjs) swaps this
// module for one that reads each unit from dist/snapshot-data on first import.

/** Per module: the global code id of its first code object (its JS function names
 * `$f<id>` were fixed at build time), its unit's JSON (compiled-unit.ts) and the
 * source it was compiled from (for tracebacks). */
export const FROZEN_COMPILED: Record<string, { base: number; json: () => string; source: () => string }> = {};
/** Code ids 0..FROZEN_RESERVED-1 belong to the precompiled modules. */
export const FROZEN_RESERVED: number = 0;
