// Operand checks of the fused float arithmetic that codegen emits (src/codegen/float-fuse.ts).
import { PyFloat, type PyValue } from "./object.js";
import { PyModule } from "./containers.js";
import { T } from "./types.js";
import { nsMap, type NsMap, type GlobalRef } from "./global-cache.js";
import type { PyDict } from "./dict.js";

/** for the exact-float and exact-list checks that codegen writes inline (a call would
 * use up V8's inlining budget of the large functions where float code lives) */
export const FLOAT_TYPE = T.float;
export const LIST_TYPE = T.list;

/** math.sqrt, set by the math module when it is made: `m.sqrt(x)` is fused only when
 * `m` is a plain module whose `sqrt` is that function */
export const fuseFns: { sqrt: PyValue | undefined } = { sqrt: undefined };
const MODULE_TYPE = T.module;
/** the last module asked about and its namespace's ref of `sqrt` (global-cache.ts, kept
 * current by every write to the namespace): no hashing per fused call */
let sqrtMod: PyModule | null = null;
let sqrtDict: PyDict | null = null;
let sqrtRef: GlobalRef | null = null;
export function isSqrt(m: PyValue | undefined): boolean {
  if (m === sqrtMod && m !== null && m.$dict === sqrtDict) return m.$cls === MODULE_TYPE && sqrtRef!.v === fuseFns.sqrt && fuseFns.sqrt !== undefined;
  if (!(m instanceof PyModule) || m.$cls !== MODULE_TYPE || fuseFns.sqrt === undefined || m.$dict === null) return false;
  sqrtRef = (nsMap(m.$dict) as NsMap).ref("sqrt");
  sqrtMod = m;
  sqrtDict = m.$dict;
  return sqrtRef.v === fuseFns.sqrt;
}
/** a new float: one small function that V8 optimizes with both constructors inlined,
 * where the large generated function could not inline `new PyFloat` */
export const fl = (v: number): PyFloat => new PyFloat(v);
/** the marker an unboxed float local holds while its value is a JS number in its
 * companion variable (codegen float-unbox.ts); never seen by Python code */
export const UNB: object = Object.freeze({ unboxedFloat: true });
