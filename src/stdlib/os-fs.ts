// `_pycell_osfs`: the file-system calls behind os (src/stdlib/lib/os.py), shutil and
// tempfile, from the host's HostFs (src/runtime/host-fs.ts). Without one, each call
// raises OSError saying the embedding program gave no file system.
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { host } from "../runtime/host.js";
import type { HostFs, HostStat } from "../runtime/host-fs.js";
import { PyBytes, PyList, tuple, type PyModule } from "../runtime/containers.js";
import { PyFloat, type PyValue } from "../runtime/object.js";
import { raise } from "../runtime/raise.js";
import { typeName } from "../runtime/ops.js";
import { hostError } from "./fs-host.js";

function fsOrRaise(): HostFs {
  return host.caps.fs ?? raise("OSError", "this pycell has no file system (the embedding program gave none)");
}
function str(p: PyValue, what = "path"): string {
  if (typeof p !== "string") raise("TypeError", `${what} should be string, not ${typeName(p)}`);
  if (p.includes("\0")) raise("ValueError", "embedded null byte");
  return p;
}
function int(n: PyValue): number {
  if (typeof n === "boolean") return Number(n);
  if (typeof n !== "number") raise("TypeError", `an integer is required (got type ${typeName(n)})`);
  return n;
}
function num(n: PyValue): number {
  return n instanceof PyFloat ? n.v : int(n);
}
/** (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime): os.stat_result's order */
function statTuple(st: HostStat): PyValue {
  return tuple([st.mode, st.ino, st.dev, st.nlink, st.uid, st.gid, st.size, new PyFloat(st.atime), new PyFloat(st.mtime), new PyFloat(st.ctime)]);
}
/** Run a host call, turning its HostFileError into OSError(errno, strerror, path[, path2]). */
function call<T>(f: () => T, path: string | null, path2: string | null = null): T {
  try {
    return f();
  } catch (e) {
    return hostError(e, path, path2);
  }
}

registerModule("_pycell_osfs", (m: PyModule) => {
  const d = m.$dict!;
  const def = (name: string, min: number, max: number, fn: (...a: PyValue[]) => PyValue) => d.setStr(name, builtin(name, min, max, fn));
  d.setStr("available", host.caps.fs !== undefined);
  def("stat", 2, 2, (p, follow) => {
    const path = str(p);
    const fs = fsOrRaise();
    return statTuple(call(() => fs.stat(path, follow === true), path));
  });
  def("fstat", 1, 1, (fd) => {
    const fs = fsOrRaise();
    return statTuple(call(() => fs.fstat(int(fd)), null));
  });
  def("mkdir", 2, 2, (p, mode) => {
    const path = str(p);
    const fs = fsOrRaise();
    call(() => fs.mkdir(path, int(mode)), path);
    return null;
  });
  for (const name of ["rmdir", "unlink"] as const) {
    def(name, 1, 1, (p) => {
      const path = str(p);
      const fs = fsOrRaise();
      call(() => fs[name](path), path);
      return null;
    });
  }
  def("listdir", 1, 1, (p) => {
    const path = str(p);
    const fs = fsOrRaise();
    return new PyList(call(() => fs.listdir(path), path));
  });
  def("rename", 2, 2, (a, b) => {
    const src = str(a);
    const dst = str(b);
    const fs = fsOrRaise();
    call(() => fs.rename(src, dst), src, dst);
    return null;
  });
  def("chmod", 2, 2, (p, mode) => {
    const path = str(p);
    const fs = fsOrRaise();
    call(() => fs.chmod(path, int(mode)), path);
    return null;
  });
  def("utime", 3, 3, (p, at, mt) => {
    const path = str(p);
    const fs = fsOrRaise();
    call(() => fs.utime(path, num(at), num(mt)), path);
    return null;
  });
  def("symlink", 2, 2, (t, p) => {
    const target = str(t);
    const path = str(p);
    const fs = fsOrRaise();
    call(() => fs.symlink(target, path), target, path);
    return null;
  });
  def("readlink", 1, 1, (p) => {
    const path = str(p);
    const fs = fsOrRaise();
    return call(() => fs.readlink(path), path);
  });
  def("open", 3, 3, (p, flags, mode) => {
    const path = str(p);
    const fs = fsOrRaise();
    return call(() => fs.open(path, int(flags), int(mode)), path);
  });
  def("close", 1, 1, (fd) => {
    const fs = fsOrRaise();
    call(() => fs.close(int(fd)), null);
    return null;
  });
  def("read", 2, 2, (fd, n) => {
    const fs = fsOrRaise();
    return new PyBytes(call(() => fs.read(int(fd), int(n)), null));
  });
  def("write", 2, 2, (fd, data) => {
    const fs = fsOrRaise();
    if (!(data instanceof PyBytes)) raise("TypeError", `a bytes-like object is required, not '${typeName(data)}'`);
    return call(() => fs.write(int(fd), data.b), null);
  });
  def("chdir", 1, 1, (p) => {
    const path = str(p);
    const fs = fsOrRaise();
    call(() => fs.chdir(path), path);
    return null;
  });
  def("getpid", 0, 0, () => host.caps.fs?.getpid() ?? 1);
  def("disk_usage", 1, 1, (p) => {
    const path = str(p);
    const fs = fsOrRaise();
    return tuple(call(() => fs.diskUsage(path), path));
  });
  def("terminal_size", 1, 1, (fd) => {
    const size = host.caps.fs?.terminalSize(int(fd)) ?? null;
    return size === null ? null : tuple(size);
  });
});
