// Operand checks of the fused float arithmetic that codegen emits (src/codegen/float-fuse.ts).
import { PyFloat, type PyValue } from "./object.js";
import { PyList, PyModule } from "./containers.js";
import { T } from "./types.js";

export const FLOAT_TYPE = T.float;
/** for the list item checks that codegen writes inline (a call would use up V8's
 * inlining budget of the large functions where float code lives) */
export const LIST_TYPE = T.list;
export { PyList };
/** `v` is an exact float (not a subclass, whose operators a class may override) */
export const isF = (v: PyValue | undefined): v is PyFloat => v instanceof PyFloat && v.$cls === FLOAT_TYPE;
/** `o[k]` for an exact list and an index in range, else undefined (the ordinary code
 * then decides: another type's __getitem__, IndexError) */
export const lix = (o: PyValue | undefined, k: number): PyValue | undefined => (o instanceof PyList && !o.$cls.heap && k < o.a.length ? o.a[k] : undefined);

/** math.sqrt, set by the math module when it is made: `m.sqrt(x)` is fused only when
 * `m` is a plain module whose `sqrt` is that function */
export const fuseFns: { sqrt: PyValue | undefined } = { sqrt: undefined };
const MODULE_TYPE = T.module;
export const isSqrt = (m: PyValue | undefined): boolean =>
  m instanceof PyModule && m.$cls === MODULE_TYPE && fuseFns.sqrt !== undefined && m.$dict !== null && m.$dict.t.m.get("sqrt") === fuseFns.sqrt;
/** a new float: one small function that V8 optimizes with both constructors inlined,
 * where the large generated function could not inline `new PyFloat` */
export const fl = (v: number): PyFloat => new PyFloat(v);
