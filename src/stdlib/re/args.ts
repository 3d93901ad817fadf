// Keyword binding for the Pattern/Match methods that take keywords, with the argument
// clinic's messages (CPython's _PyArg_UnpackKeywords).
import type { PyValue } from "../../runtime/object.js";
import { raise } from "../../runtime/raise.js";

/** `args` (self excluded) and `kw` bound to `names`; the first `required` are
 * mandatory. Absent optional parameters are undefined. */
export function bindKw(fname: string, names: readonly string[], required: number, args: PyValue[], kw: Map<string, PyValue> | null): (PyValue | undefined)[] {
  const given = args.length + (kw === null ? 0 : kw.size);
  if (given > names.length) {
    const most = names.length === required ? "exactly" : "at most";
    raise("TypeError", `${fname}() takes ${most} ${names.length} argument${names.length === 1 ? "" : "s"} (${given} given)`);
  }
  const out: (PyValue | undefined)[] = args.slice();
  while (out.length < names.length) out.push(undefined);
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) raise("TypeError", `'${k}' is an invalid keyword argument for ${fname}()`);
      if (i < args.length) raise("TypeError", `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) raise("TypeError", `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}
