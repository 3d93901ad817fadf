// Lookups that report failure by returning `undefined` instead of throwing, for code
// that a handler of the same frame protects (src/codegen/exc-jump.ts): the generated
// code then takes the exception with `jmiss()` and jumps to its handlers, saving the
// V8 throw and unwind (~1 µs here). The exception object is the one the throwing path
// makes (type, args, message); only the common failures are covered, every other case
// goes through the ordinary entry and throws.
import type { PyValue } from "./object.js";
import { T } from "./types.js";
import { PyList } from "./containers.js";
import { PyDict } from "./dict.js";
import { EXC, newExc, type PyBaseException } from "./exceptions.js";
import { strRepr } from "./repr.js";
import { c0, c1, c2, c3 } from "./call.js";
import { PyFunction } from "./function.js";
import { state } from "./state.js";
import { getitem } from "./rt.js";

/** the exception of the last failure reported by `undefined` */
let missed: PyBaseException | null = null;

/** The exception behind the `undefined` just returned by gij or c1j. */
export function jmiss(): PyBaseException {
  const e = missed;
  // a call returned no value without reporting an exception: a bug, not Python's
  if (e === null) throw new Error("a call returned no value");
  missed = null;
  return e;
}

/** The tail of a function called with state.soft (codegen wrapFunction): its exception,
 * traceback entry included, goes to the caller as `undefined` plus jmiss(). */
export function softRaise(e: unknown): undefined {
  missed = e as PyBaseException;
  return undefined;
}

// Calls at statements a handler of the caller's frame protects (codegen exc-jump.ts): a
// plain function whose code takes state.soft consumes it at entry, so the flag never
// outlives the call it was set for; every other callee is called as c0..c3 do.
export function c0s(f: PyValue): PyValue | undefined {
  if (f instanceof PyFunction && f.$fast === 0 && f.code.$soft) {
    state.soft = true;
    return f.$fn();
  }
  return c0(f);
}
export function c1s(f: PyValue, a: PyValue): PyValue | undefined {
  if (f instanceof PyFunction && f.$fast === 1 && f.code.$soft) {
    state.soft = true;
    return f.$fn(a);
  }
  return c1(f, a);
}
export function c2s(f: PyValue, a: PyValue, b: PyValue): PyValue | undefined {
  if (f instanceof PyFunction && f.$fast === 2 && f.code.$soft) {
    state.soft = true;
    return f.$fn(a, b);
  }
  return c2(f, a, b);
}
export function c3s(f: PyValue, a: PyValue, b: PyValue, c: PyValue): PyValue | undefined {
  if (f instanceof PyFunction && f.$fast === 3 && f.code.$soft) {
    state.soft = true;
    return f.$fn(a, b, c);
  }
  return c3(f, a, b, c);
}

/** `o[k]`: an exact dict's missing key (dict_subscript: KeyError(k), no __missing__ on
 * an exact dict) and an exact list's int index out of range (list_subscript). */
export function gij(o: PyValue, k: PyValue): PyValue | undefined {
  if (o instanceof PyDict && o.$cls === T.dict) {
    const v = o.t.get(k);
    if (v !== undefined) return v;
    missed = newExc(EXC.KeyError, [k]);
    return undefined;
  }
  if (o instanceof PyList && o.$cls === T.list && typeof k === "number") {
    const a = o.a;
    const n = k < 0 ? k + a.length : k;
    if (n >= 0 && n < a.length) return a[n];
    missed = newExc(EXC.IndexError, ["list index out of range"]);
    return undefined;
  }
  return getitem(o, k);
}

/** int(s) of an exact str whose first character is printable ASCII but no digit, sign
 * or space: int() strips whitespace, then wants a sign or a digit, so it fails for
 * certain; gives its ValueError (long_from_string's message, the repr cut to 200
 * characters) without parsing or throwing. Anything else is the ordinary call. */
export function c1j(f: PyValue, a: PyValue): PyValue | undefined {
  if (f === T.int && typeof a === "string" && a.length > 0) {
    const c = a.charCodeAt(0);
    if (c > 0x20 && c < 0x7f && c !== 0x2b && c !== 0x2d && (c < 0x30 || c > 0x39)) {
      const r = strRepr(a);
      missed = newExc(EXC.ValueError, [`invalid literal for int() with base 10: ${r.length > 200 ? Array.from(r).slice(0, 200).join("") : r}`]);
      return undefined;
    }
  }
  return c1(f, a);
}
