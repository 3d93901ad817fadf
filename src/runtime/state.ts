// Per-process interpreter state shared by generated code and the runtime: the
// recursion counter and limit, and late-bound hooks that break import cycles.
import type { PyValue } from "./object.js";
import type { PyType } from "./type.js";
import type { KwNames } from "./function.js";
import type { StackEntry } from "./frames.js";

/** A JS stack overflow (V8's RangeError); checked without a regex, since the check
 * runs with almost no stack left. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes("call stack");
}

export const state: {
  depth: number;
  limit: number;
  /** the shadow stack (runtime frames.ts): at each depth 1..depth the global id of
   * the running code, or -1 when `fs` holds an object for that depth */
  ci: Int32Array;
  fs: StackEntry[];
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => string | null;
  callType: (t: PyType, args: PyValue[], kwnames: KwNames) => PyValue;
} = {
  depth: 0,
  limit: 1000,
  ci: new Int32Array(1200),
  fs: [],
  /** program output (the embedder's callbacks) */
  stdout: (_text: string) => {},
  stderr: (_text: string) => {},
  stdin: (): string | null => null,
  callType: null as unknown as (t: PyType, args: PyValue[], kwnames: KwNames) => PyValue,
};
