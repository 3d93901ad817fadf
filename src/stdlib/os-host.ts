// `_pycell_os`: what pycell's os and os.path (src/stdlib/lib/os.py, posixpath.py) need
// from the embedder: the working directory, the environment, and stat of a path. All
// come from the host capabilities; without them the core still works (cwd "/", an
// empty environment, no files), as it must in a browser.
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { host } from "../runtime/host.js";
import { PyDict } from "../runtime/dict.js";
import { tuple, type PyModule } from "../runtime/containers.js";
import { raise } from "../runtime/raise.js";
import { typeName } from "../runtime/ops.js";

registerModule("_pycell_os", (m: PyModule) => {
  const d = m.$dict!;
  d.setStr("getcwd", builtin("getcwd", 0, 0, () => host.caps.getcwd?.() ?? "/"));
  d.setStr("environ", builtin("environ", 0, 0, () => {
    const env = new PyDict();
    for (const [k, v] of Object.entries(host.caps.environ?.() ?? {})) env.setStr(k, v);
    return env;
  }));
  // uname() -> (system, node, release, version, machine, libc name, libc version)
  d.setStr("uname", builtin("uname", 0, 0, () => {
    const u = host.caps.uname?.();
    return u === undefined ? tuple(["", "", "", "", "", "", ""]) : tuple([u.system, u.node, u.release, u.version, u.machine, u.libc[0], u.libc[1]]);
  }));
  // stat(path) -> ("file" | "dir" | "other", size) or None
  d.setStr("stat", builtin("stat", 1, 1, (p) => {
    if (typeof p !== "string") raise("TypeError", `stat: path should be string, not ${typeName(p)}`);
    const st = host.caps.stat?.(p) ?? null;
    return st === null ? null : tuple([st.kind, st.size]);
  }));
});
