// Per-process interpreter state shared by generated code and the runtime: the
// recursion counter and limit, and late-bound hooks that break import cycles.
import type { PyValue } from "./object.js";
import type { PyType } from "./type.js";
import type { KwNames } from "./function.js";
import type { StackEntry, PyFrame as PyFrameLike } from "./frames.js";

/** A JS stack overflow (V8's RangeError); checked without a regex, since the check
 * runs with almost no stack left. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes("call stack");
}

export const state: {
  depth: number;
  limit: number;
  /** frame objects made so far, by depth (runtime frames.ts) */
  fs: (PyFrameLike | undefined)[];
  /** the running frames that keep records (frame-record code, generators), innermost last */
  rs: StackEntry[];
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: () => string | null;
  callType: (t: PyType, args: PyValue[], kwnames: KwNames) => PyValue;
  /** the function about to be entered may return its exception (runtime exc-jump.ts) */
  soft: boolean;
  /** the receiver attr-cache.ts lm found for the method call being set up, or undefined */
  ms: PyValue | undefined;
} = {
  depth: 0,
  limit: 1000,
  fs: [],
  rs: [],
  /** program output (the embedder's callbacks) */
  stdout: (_text: string) => {},
  stderr: (_text: string) => {},
  stdin: (): string | null => null,
  callType: null as unknown as (t: PyType, args: PyValue[], kwnames: KwNames) => PyValue,
  soft: false,
  ms: undefined,
};
