// sys.stdout / sys.stderr / sys.stdin: text streams over the embedder's callbacks.
import { PyObject, type PyValue } from "../runtime/object.js";
import { PyType } from "../runtime/type.js";
import { T } from "../runtime/types.js";
import { raise } from "../runtime/raise.js";
import { method, getset } from "../runtime/descriptors.js";
import { state } from "../runtime/state.js";
import { typeName } from "../runtime/ops.js";
import { callv } from "../runtime/call.js";
import { getattr } from "../runtime/attributes.js";
import { PyList } from "../runtime/containers.js";

export const textIOType = new PyType("TextIOWrapper", [T.object]);
textIOType.computeMro();
textIOType.attrs.set("__module__", "_io");

export class PyTextStream extends PyObject {
  constructor(readonly name: string, readonly which: 0 | 1 | 2) {
    super();
  }
}
PyTextStream.prototype.$cls = textIOType;

method(textIOType, "write", 1, 1, (s, text) => {
  if (typeof text !== "string") raise("TypeError", `write() argument must be str, not ${typeName(text)}`);
  const st = s as PyTextStream;
  if (st.which === 1) state.stdout(text);
  else if (st.which === 2) state.stderr(text);
  else raise("OSError", "not writable");
  return text.length;
});
method(textIOType, "flush", 0, 0, () => null);
method(textIOType, "readline", 0, 1, (s) => {
  if ((s as PyTextStream).which !== 0) raise("OSError", "not readable");
  return state.stdin() ?? "";
});
method(textIOType, "read", 0, 1, (s) => {
  if ((s as PyTextStream).which !== 0) raise("OSError", "not readable");
  let out = "";
  for (let l = state.stdin(); l !== null; l = state.stdin()) out += l;
  return out;
});
method(textIOType, "readlines", 0, 0, () => {
  const out: PyValue[] = [];
  for (let l = state.stdin(); l !== null; l = state.stdin()) out.push(l);
  return new PyList(out);
});
method(textIOType, "isatty", 0, 0, () => false);
method(textIOType, "fileno", 0, 0, (s) => (s as PyTextStream).which);
method(textIOType, "__repr__", 0, 0, (s) => `<_io.TextIOWrapper name='${(s as PyTextStream).name}' mode='${(s as PyTextStream).which ? "w" : "r"}' encoding='utf-8'>`);
method(textIOType, "__enter__", 0, 0, (s) => s);
method(textIOType, "__exit__", 0, 3, () => false);
getset(textIOType, "encoding", () => "utf-8");
getset(textIOType, "name", (s) => (s as PyTextStream).name);

export const stdoutObj = new PyTextStream("<stdout>", 1);
export const stderrObj = new PyTextStream("<stderr>", 2);
export const stdinObj = new PyTextStream("<stdin>", 0);

/** The current sys.stdout (a program may replace it); set by the sys module. */
export let currentStdout: () => PyValue = () => stdoutObj;
export function setStdoutLookup(f: () => PyValue): void {
  currentStdout = f;
}
export function sysStdout(s: string): void {
  const out = currentStdout();
  if (out === stdoutObj) state.stdout(s);
  else callv(getattr(out, "write"), [s], null);
}
