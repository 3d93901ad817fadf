// `_pycell_runpy`: where a module's source is, for runpy (src/stdlib/lib/runpy.py) and
// `pycell -m MODULE`: the embedded standard library (frozen.ts) first, then `.py`
// files on the given search folders, read through the host like imports are
// (modules.ts findOnPath).
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { host, joinPath } from "../runtime/host.js";
import { PyList, tuple, type PyModule } from "../runtime/containers.js";
import { raise } from "../runtime/raise.js";
import { FROZEN_SOURCES } from "./frozen-sources.generated.js";

registerModule("_pycell_runpy", (m: PyModule) => {
  // find(fullname, folders) -> (source, filename, is_package, package_folder) or None;
  // `folders` is sys.path for a top-level name, the parent package's __path__ else
  m.$dict!.setStr("find", builtin("find", 2, 2, (name, folders) => {
    if (typeof name !== "string") return raise("TypeError", "module name must be str");
    const frozen = Object.prototype.hasOwnProperty.call(FROZEN_SOURCES, name) ? FROZEN_SOURCES[name] : undefined;
    if (frozen !== undefined) return tuple([frozen.source, `<frozen ${name}>`, frozen.pkg, null]);
    const { readFile, isDir } = host.caps;
    if (readFile === undefined || !(folders instanceof PyList)) return null;
    const leaf = name.slice(name.lastIndexOf(".") + 1);
    for (const entry of folders.a.slice()) {
      if (typeof entry !== "string") continue;
      const pkgDir = joinPath(entry, leaf);
      if (isDir === undefined || isDir(pkgDir)) {
        const initFile = joinPath(pkgDir, "__init__.py");
        const src = readFile(initFile);
        if (src !== null) return tuple([src, initFile, true, pkgDir]);
      }
      const file = joinPath(entry, `${leaf}.py`);
      const src = readFile(file);
      if (src !== null) return tuple([src, file, false, null]);
    }
    return null;
  }));
});
