// Values of ast.Constant, independent of the runtime's object model so that the front
// end stands alone. Python int is always a bigint here; codegen narrows small ones.
export interface FloatConst { readonly kind: "float"; readonly value: number; }
export interface ComplexConst { readonly kind: "complex"; readonly imag: number; }
export interface BytesConst { readonly kind: "bytes"; readonly value: Uint8Array; }
export interface EllipsisConst { readonly kind: "ellipsis"; }

/** None is null, bool is boolean, int is bigint, str is string. */
export type ConstantValue = null | boolean | bigint | string | FloatConst | ComplexConst | BytesConst | EllipsisConst;

export const ELLIPSIS: EllipsisConst = { kind: "ellipsis" };
export const floatConst = (value: number): FloatConst => ({ kind: "float", value });
export const complexConst = (imag: number): ComplexConst => ({ kind: "complex", imag });
export const bytesConst = (value: Uint8Array): BytesConst => ({ kind: "bytes", value });
