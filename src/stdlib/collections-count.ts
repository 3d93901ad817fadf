// `_collections._count_elements(mapping, iterable)`: the counting loop of
// collections.Counter, native as in CPython (Modules/_collectionsmodule.c
// _collections__count_elements_impl). A dict whose type keeps dict's `get` and
// `__setitem__` is updated in place; any other mapping goes through its own `get`
// and item assignment, one call each per element, in the same order.
import type { PyValue } from "../runtime/object.js";
import { builtin } from "../runtime/descriptors.js";
import { PyDict } from "../runtime/dict.js";
import { T } from "../runtime/types.js";
import { getIter } from "../runtime/iter.js";
import { add, typeOf } from "../runtime/ops.js";
import { getattr } from "../runtime/attributes.js";
import { callv } from "../runtime/call.js";
import { setitem } from "../runtime/rt.js";

export const countElements = builtin("_count_elements", 2, 2, (mapping: PyValue, iterable: PyValue): PyValue => {
  const it = getIter(iterable);
  const t = typeOf(mapping);
  if (mapping instanceof PyDict && t.lookup("get") === T.dict.attrs.get("get") && t.lookup("__setitem__") === T.dict.attrs.get("__setitem__")) {
    for (let k = it.$next(); k !== undefined; k = it.$next()) {
      const old = mapping.get(k);
      // small ints stay JS numbers: 1 more is exact up to 2**53, else int addition
      mapping.set(k, old === undefined ? 1 : typeof old === "number" && old < Number.MAX_SAFE_INTEGER ? old + 1 : add(old, 1));
    }
    return null;
  }
  const get = getattr(mapping, "get");
  for (let k = it.$next(); k !== undefined; k = it.$next()) setitem(mapping, k, add(callv(get, [k, 0], null), 1));
  return null;
});
countElements.module = "_collections";
