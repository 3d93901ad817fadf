// _pycell_async: the native pieces behind types.coroutine, inspect's frame functions
// and asyncio (which is written in Python, src/stdlib/lib/asyncio).
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { PyCode } from "../runtime/function.js";
import { raise } from "../runtime/raise.js";
import { coroutineType, asyncGenType, PyCoroutine, PyAsyncGen, agHooks } from "../runtime/coroutine.js";
import { tuple } from "../runtime/containers.js";
import { frameType, getFrame, currentFrameOrNone } from "../runtime/frames.js";
import type { PyValue } from "../runtime/object.js";

const CO_ITERABLE_COROUTINE = 0x100;

registerModule("_pycell_async", (m) => {
  const d = m.$dict!;
  const set = (k: string, v: PyValue) => d.setStr(k, v);
  // types.coroutine on a generator function: its generators become awaitable
  // (CPython sets CO_ITERABLE_COROUTINE on a copy of the code)
  set("mark_iterable_coroutine", builtin("mark_iterable_coroutine", 1, 1, (co) => {
    if (!(co instanceof PyCode)) raise("TypeError", "expected a code object");
    (co as unknown as { co_flags: number }).co_flags |= CO_ITERABLE_COROUTINE;
    return null;
  }));
  set("CoroutineType", coroutineType);
  set("AsyncGeneratorType", asyncGenType);
  set("FrameType", frameType);
  set("iscoroutine", builtin("iscoroutine", 1, 1, (v) => v instanceof PyCoroutine));
  set("isasyncgen", builtin("isasyncgen", 1, 1, (v) => v instanceof PyAsyncGen));
  // sys.set_asyncgen_hooks / get_asyncgen_hooks (the event loop's)
  set("set_asyncgen_hooks", builtin("set_asyncgen_hooks", 2, 2, (first, fin) => {
    agHooks.firstiter = first;
    agHooks.finalizer = fin;
    return null;
  }));
  set("get_asyncgen_hooks", builtin("get_asyncgen_hooks", 0, 0, () => tuple([agHooks.firstiter, agHooks.finalizer])));
  set("getframe", builtin("getframe", 0, 1, (n) => getFrame(n === undefined ? 0 : Number(n))));
  set("currentframe", builtin("currentframe", 0, 0, () => currentFrameOrNone()));
});
