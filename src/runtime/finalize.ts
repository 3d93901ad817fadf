// Finalization in a garbage-collected host. CPython frees an object the moment its
// last reference goes and calls `__del__` and weakref callbacks right then; a JS
// engine collects whenever it likes and tells us (FinalizationRegistry) only later,
// after the object is gone. So pycell queues what the engine reports and runs the
// queue at gc.collect(), which first asks the host to force a full collection when it
// can (bin/pycell can: node's --expose-gc; a browser cannot). `__del__` then runs on a
// stand-in object with the dead one's class and attribute dict: the original cannot be
// resurrected. docs/differences.md says what this changes for a program.
import { PyInstance, type PyObject } from "./object.js";
import type { PyType } from "./type.js";
import type { PyDict } from "./dict.js";
import { host } from "./host.js";

type Pending = () => void;
const pending: Pending[] = [];

interface Cleanup {
  cleanupSome?: () => void;
}
// what the engine reports goes to the queue: running Python code from an engine
// callback (possibly after the program ended) would be wrong
const registry: (FinalizationRegistry<Pending> & Cleanup) | null = typeof FinalizationRegistry === "function" ? new FinalizationRegistry<Pending>((p) => pending.push(p)) : null;

/** Queue `then` to run (at the next gc.collect()) after `target` has been collected.
 * `then` must not reference `target`. */
export function whenCollected(target: object, then: Pending, token?: object): void {
  registry?.register(target, then, token);
}
export function forget(token: object): void {
  registry?.unregister(token);
}

/** Runs `__del__(standIn)`; set by the runtime (needs calls and error reporting). */
let runDel: (fn: PyObject | null, self: PyObject) => void = () => {};
export function setDelRunner(f: typeof runDel): void {
  runDel = f;
}

/** Called for each new instance of a class that defines `__del__`. */
export function trackDel(o: PyObject): void {
  const cls: PyType = o.$cls;
  const dict: PyDict | null = o.$dict;
  whenCollected(o, () => runDel(null, new PyInstance(cls, dict)));
}

/** gc.collect(): force a collection if the host can, then run what was queued.
 * Returns how many finalizers ran. */
export function collect(): number {
  host.caps.collectGarbage?.();
  registry?.cleanupSome?.();
  let n = 0;
  while (pending.length) {
    const p = pending.shift()!;
    n++;
    p();
  }
  return n;
}
