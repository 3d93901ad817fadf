// Operand checks of the fused float arithmetic that codegen emits (src/codegen/float-fuse.ts).
import { PyFloat, type PyValue } from "./object.js";
import { PyModule } from "./containers.js";
import { T } from "./types.js";

/** for the exact-float and exact-list checks that codegen writes inline (a call would
 * use up V8's inlining budget of the large functions where float code lives) */
export const FLOAT_TYPE = T.float;
export const LIST_TYPE = T.list;

/** math.sqrt, set by the math module when it is made: `m.sqrt(x)` is fused only when
 * `m` is a plain module whose `sqrt` is that function */
export const fuseFns: { sqrt: PyValue | undefined } = { sqrt: undefined };
const MODULE_TYPE = T.module;
export const isSqrt = (m: PyValue | undefined): boolean =>
  m instanceof PyModule && m.$cls === MODULE_TYPE && fuseFns.sqrt !== undefined && m.$dict !== null && m.$dict.t.m.get("sqrt") === fuseFns.sqrt;
/** a new float: one small function that V8 optimizes with both constructors inlined,
 * where the large generated function could not inline `new PyFloat` */
export const fl = (v: number): PyFloat => new PyFloat(v);
/** the marker an unboxed float local holds while its value is a JS number in its
 * companion variable (codegen float-unbox.ts); never seen by Python code */
export const UNB: object = Object.freeze({ unboxedFloat: true });
