// int arithmetic for the object model: the names the rest of the runtime uses, bound
// to the number helper's int-ops.ts (Python's exact rules on `number | bigint`:
// a number is always a safe integer, never -0; a bigint only outside the safe range).
import * as IO from "./int-ops.js";

export type Int = IO.PyInt;
export const norm = IO.normInt;
export const intAdd = IO.add;
export const intSub = IO.sub;
export const intMul = IO.mul;
export const intFloorDiv = IO.floordiv;
export const intMod = IO.mod;
export const intNeg = IO.neg;
export const intPow = IO.pow;
export const intLshift = IO.lshift;
export const intRshift = IO.rshift;
export const intAnd = IO.and;
export const intOr = IO.or;
export const intXor = IO.xor;
export const intInvert = IO.invert;
export const intToFloat = IO.intToFloat;
export const intTrueDiv = IO.truediv;
export const floatToInt = IO.floatToInt;
