// The sys module.
import { strSizeof } from "../runtime/text/str-sizeof.js";
import { getFrame, ensureFrameCapacity } from "../runtime/frames.js";
import type { PyValue } from "../runtime/object.js";
import { registerModule, sysModules } from "../runtime/modules.js";
import { builtin, kwbuiltin } from "../runtime/descriptors.js";
import { importModule } from "../runtime/modules.js";
import { getattr } from "../runtime/attributes.js";
import { state } from "../runtime/state.js";
import { raise } from "../runtime/raise.js";
import { PyList, tuple, PyModule } from "../runtime/containers.js";
import { PyDict } from "../runtime/dict.js";
import { EXC, newExc } from "../runtime/exceptions.js";
import { excStack } from "../runtime/rt.js";
import { tracebackOf } from "../runtime/exc-methods.js";
import { stdoutObj, stderrObj, stdinObj, setStdoutLookup } from "../builtins/sysio.js";
import { indexValue, typeName, pyRepr } from "../runtime/ops.js";
import { builtinsMap } from "../runtime/rt.js";
import { callv } from "../runtime/call.js";
import { PyFloat, PyInstance, PyObject } from "../runtime/object.js";
import { PyType } from "../runtime/type.js";
import { bindDescr, isInstance } from "../runtime/ops.js";
import { T } from "../runtime/types.js";
import { host } from "../runtime/host.js";
import { setIntMaxStrDigits, getIntMaxStrDigits, normInt } from "../runtime/int-ops.js";
import { structSeq, structSeqType } from "../runtime/structseq.js";

/** sys.implementation: a namespace with CPython's fields (name, cache_tag, version). */
function implementation(): PyValue {
  const t = new PyType("types.SimpleNamespace", [T.object]);
  t.qualname = "SimpleNamespace";
  t.instDict = true;
  t.computeMro();
  const d = new PyDict();
  d.setStr("name", "pycell");
  d.setStr("cache_tag", null);
  d.setStr("version", tuple([3, 11, 7, "final", 0]));
  d.setStr("hexversion", 0x30b07f0);
  d.setStr("_multiarch", "");
  return new PyInstance(t, d);
}

export const sysArgv = { value: [] as string[] };

registerModule("sys", (m: PyModule) => {
  const d = m.$dict!;
  const set = (k: string, v: PyValue) => d.setStr(k, v);
  set("argv", new PyList(sysArgv.value.slice()));
  set("modules", sysModules);
  // sys.displayhook: what interactive code (compile mode "single") shows an expression
  // statement's value with: repr to sys.stdout, and builtins._ (sysmodule.c sys_displayhook)
  const displayhook = builtin("displayhook", 1, 1, (v) => {
    if (v === null) return null;
    const b = builtinsMap;
    b.set("_", null);
    callv(b.get("print")!, [pyRepr(v)], null);
    b.set("_", v);
    return null;
  });
  set("displayhook", displayhook);
  set("__displayhook__", displayhook);
  // sys.breakpointhook: written in Python (lib/_pycell_breakpoint.py), imported on first call
  const breakpointhook = kwbuiltin("breakpointhook", (args, kw) => {
    const f = getattr(importModule("_pycell_breakpoint", true), "breakpointhook");
    return kw === null || kw.size === 0 ? callv(f, args, null) : callv(f, [...args, ...kw.values()], [...kw.keys()]);
  });
  set("breakpointhook", breakpointhook);
  // sys.excepthook: the traceback report of an uncaught exception, written by
  // traceback.print_exception to sys.stderr (pythonrun.c PyErr_Display)
  const excepthook = builtin("excepthook", 3, 3, (t, v, tb) => {
    // traceback._display: print_exception plus the "Did you mean" hints of the C display
    const pe = getattr(importModule("traceback", true), "_display");
    callv(pe, [t, v, tb], null);
    return null;
  });
  set("excepthook", excepthook);
  set("__excepthook__", excepthook);
  set("__breakpointhook__", breakpointhook);
  set("path", new PyList(host.path.slice()));
  set("platform", "linux");
  set("byteorder", "little");
  set("executable", "");
  set("maxsize", 9223372036854775807n);
  set("maxunicode", 0x10ffff);
  set("version", "3.11.7 (pycell)");
  // a struct sequence: sys.version_info(major=3, ...), .major, compares as a tuple
  const versionInfo = structSeqType("sys", "version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
  set("version_info", structSeq(versionInfo, [3, 11, 7, "final", 0]));
  set("hexversion", 0x30b07f0);
  set("implementation", implementation());
  // float_info / int_info / hash_info: struct sequences with CPython 3.11's values on x86-64
  const floatInfo = structSeqType("sys", "float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
  set("float_info", structSeq(floatInfo, [new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(Number.MIN_VALUE * 2 ** 52), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1]));
  const intInfo = structSeqType("sys", "int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);
  set("int_info", structSeq(intInfo, [30, 4, 4300, 640]));
  const hashInfo = structSeqType("sys", "hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
  set("float_repr_style", "short");
  set("hash_info", structSeq(hashInfo, [64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0]));
  set("stdout", stdoutObj);
  set("stderr", stderrObj);
  set("stdin", stdinObj);
  set("__stdout__", stdoutObj);
  set("__stderr__", stderrObj);
  set("__stdin__", stdinObj);
  set("dont_write_bytecode", true);
  setStdoutLookup(() => d.getStr("stdout") ?? stdoutObj);
  set("exit", builtin("exit", 0, 1, (code) => {
    throw newExc(EXC.SystemExit, code === undefined ? [] : [code]);
  }));
  set("getrecursionlimit", builtin("getrecursionlimit", 0, 0, () => state.limit));
  // frames come from the shadow stack (src/runtime/frames.ts)
  set("_getframe", builtin("_getframe", 0, 1, (n) => getFrame(n === undefined ? 0 : typeof n === "number" ? n : typeof n === "boolean" ? Number(n) : raise("TypeError", "an integer is required"))));
  set("setrecursionlimit", builtin("setrecursionlimit", 1, 1, (n) => {
    if (typeof n !== "number" && typeof n !== "bigint") raise("TypeError", `'${typeName(n)}' object cannot be interpreted as an integer`);
    const v = indexValue(n, true);
    if (v < 1) raise("ValueError", "recursion limit must be greater or equal than 1");
    // sysmodule.c sys_setrecursionlimit_impl: not below the frames already running
    // (CPython's depth counts this builtin's own call too)
    if (state.depth + 1 >= v) raise("RecursionError", `cannot set the recursion limit to ${v} at the recursion depth ${state.depth + 1}: the limit is too low`);
    state.limit = v;
    ensureFrameCapacity(v);
    return null;
  }));
  set("exc_info", builtin("exc_info", 0, 0, () => {
    const e = excStack[excStack.length - 1];
    return e === undefined ? tuple([null, null, null]) : tuple([e.$cls, e, tracebackOf(e)]);
  }));
  set("exception", builtin("exception", 0, 0, () => excStack[excStack.length - 1] ?? null));
  set("set_int_max_str_digits", builtin("set_int_max_str_digits", 1, 1, (n) => {
    const v = indexValue(n, true);
    if (v !== 0 && v < 640) raise("ValueError", "maxdigits must be 0 or larger than 640");
    setIntMaxStrDigits(v);
    return null;
  }));
  set("get_int_max_str_digits", builtin("get_int_max_str_digits", 0, 0, () => getIntMaxStrDigits()));
  set("getsizeof", builtin("getsizeof", 1, 2, (o, dflt) => (typeof o === "string" ? strSizeof(o) : userSizeof(o, dflt) ?? 64)));
  set("intern", builtin("intern", 1, 1, (s) => s));
  set("getdefaultencoding", builtin("getdefaultencoding", 0, 0, () => "utf-8"));
  // sys.flags of a plain `python3 prog.py` run (no -O, -B, -I, ... options)
  const flagNames = ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"];
  set("flags", structSeq(structSeqType("sys", "flags", flagNames), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1]));
  set("warnoptions", new PyList([]));
  set("builtin_module_names", tuple(["builtins", "sys", "math"]));
});
export { PyDict };

/** sys.getsizeof of an instance of a class that defines __sizeof__ (sysmodule.c
 * _PySys_GetSizeOf): its answer, checked, plus the GC header CPython adds (32 bytes
 * in 3.11); undefined for everything else (pycell has no real sizes). */
function userSizeof(o: PyValue, dflt: PyValue | undefined): PyValue | undefined {
  if (o === null || typeof o !== "object" || !o.$cls.heap) return undefined;
  const f = o.$cls.lookup("__sizeof__");
  if (f == null || f === T.object.attrs.get("__sizeof__")) return undefined;
  let r: PyValue;
  try {
    r = callv(bindDescr(f, o), [], null);
  } catch (e) {
    if (dflt !== undefined && e instanceof PyObject && isInstance(e, EXC.TypeError)) return dflt;
    throw e;
  }
  if (typeof r !== "number" && typeof r !== "bigint" && typeof r !== "boolean") {
    if (dflt !== undefined) return dflt;
    raise("TypeError", "an integer is required");
  }
  const n = typeof r === "bigint" ? r : BigInt(Number(r));
  if (n < 0n) raise("ValueError", "__sizeof__() should return >= 0");
  return normInt(n + 32n);
}
