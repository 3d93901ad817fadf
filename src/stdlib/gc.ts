// gc: pycell has no cycle collector of its own (the JS engine's collector frees
// everything unreachable, cycles included). gc.collect() asks the host to force a
// collection when it can and then runs the finalizers and weakref callbacks the
// engine has reported (src/runtime/finalize.ts).
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { PyList, tuple } from "../runtime/containers.js";
import { collect, setDelRunner } from "../runtime/finalize.js";
import { typeOf, hexId } from "../runtime/ops.js";
import { callv } from "../runtime/call.js";
import { PyBaseException } from "../runtime/exceptions.js";
import { state } from "../runtime/state.js";
import { pyStr } from "../runtime/ops.js";
import type { PyValue } from "../runtime/object.js";

// `__del__` of a collected object; an exception in it is reported, not raised
// (CPython's PyErr_WriteUnraisable: "Exception ignored in: ...").
setDelRunner((_fn, self) => {
  const del = typeOf(self).lookup("__del__");
  if (del === undefined || del === null) return;
  try {
    callv(del, [self], null);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const q = (del as { qualname?: string }).qualname ?? "__del__";
    const msg = pyStr(e);
    state.stderr(`Exception ignored in: <function ${q} at ${hexId(del)}>\n${e.$cls.qualname}${msg ? ": " + msg : ""}\n`);
  }
});

let enabled = true;
registerModule("gc", (m) => {
  const d = m.$dict!;
  const set = (k: string, v: PyValue) => d.setStr(k, v);
  set("collect", builtin("collect", 0, 1, () => collect()));
  set("enable", builtin("enable", 0, 0, () => ((enabled = true), null)));
  set("disable", builtin("disable", 0, 0, () => ((enabled = false), null)));
  set("isenabled", builtin("isenabled", 0, 0, () => enabled));
  set("get_count", builtin("get_count", 0, 0, () => tuple([0, 0, 0])));
  set("get_threshold", builtin("get_threshold", 0, 0, () => tuple([700, 10, 10])));
  set("set_threshold", builtin("set_threshold", 1, 3, () => null));
  set("get_objects", builtin("get_objects", 0, 1, () => new PyList([])));
  set("get_referrers", builtin("get_referrers", 0, Infinity, () => new PyList([])));
  set("get_referents", builtin("get_referents", 0, Infinity, () => new PyList([])));
  set("is_tracked", builtin("is_tracked", 1, 1, (o) => o !== null && typeof o === "object"));
  set("is_finalized", builtin("is_finalized", 1, 1, () => false));
  set("freeze", builtin("freeze", 0, 0, () => null));
  set("unfreeze", builtin("unfreeze", 0, 0, () => null));
  set("get_freeze_count", builtin("get_freeze_count", 0, 0, () => 0));
  set("garbage", new PyList([]));
  set("callbacks", new PyList([]));
  set("DEBUG_STATS", 1);
  set("DEBUG_COLLECTABLE", 2);
  set("DEBUG_UNCOLLECTABLE", 4);
  set("DEBUG_SAVEALL", 32);
  set("DEBUG_LEAK", 38);
  set("set_debug", builtin("set_debug", 1, 1, () => null));
  set("get_debug", builtin("get_debug", 0, 0, () => 0));
});
