// `_pycell_fs`: the file access behind open() (src/stdlib/lib/_pycell_files.py), from
// the host capabilities (src/runtime/host.ts). Without them, open() raises OSError
// saying so: the core never touches a file system on its own.
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { host, type HostFileError } from "../runtime/host.js";
import { PyBytes, type PyModule } from "../runtime/containers.js";
import { EXC, newExc } from "../runtime/exceptions.js";
import { raise } from "../runtime/raise.js";
import { typeName } from "../runtime/ops.js";
import type { PyValue } from "../runtime/object.js";

/** errno and strerror of the POSIX errors a file open/read/write can give (Linux numbers). */
const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, "Operation not permitted"],
  ENOENT: [2, "No such file or directory"],
  EIO: [5, "Input/output error"],
  EBADF: [9, "Bad file descriptor"],
  EACCES: [13, "Permission denied"],
  EEXIST: [17, "File exists"],
  ENOTDIR: [20, "Not a directory"],
  EISDIR: [21, "Is a directory"],
  EINVAL: [22, "Invalid argument"],
  EMFILE: [24, "Too many open files"],
  EFBIG: [27, "File too large"],
  ENOSPC: [28, "No space left on device"],
  EROFS: [30, "Read-only file system"],
  ENAMETOOLONG: [36, "File name too long"],
  ELOOP: [40, "Too many levels of symbolic links"],
  EBUSY: [16, "Device or resource busy"],
  EXDEV: [18, "Invalid cross-device link"],
  ENOTEMPTY: [39, "Directory not empty"],
  ENOSYS: [38, "Function not implemented"],
  ENOTTY: [25, "Inappropriate ioctl for device"],
};

/** OSError(errno, strerror, filename): the constructor picks FileNotFoundError etc. */
export function hostError(e: unknown, path: string | null, path2: string | null = null): never {
  const code = (e as HostFileError | null)?.code;
  const [errno, msg] = (typeof code === "string" && ERRNO[code]) || [5, "Input/output error"];
  const args: PyValue[] = path === null ? [errno, msg] : path2 === null ? [errno, msg, path] : [errno, msg, path, null, path2];
  throw newExc(EXC[OSERR[errno] ?? "OSError"], args);
}
const OSERR: Record<number, string> = { 1: "PermissionError", 2: "FileNotFoundError", 13: "PermissionError", 17: "FileExistsError", 20: "NotADirectoryError", 21: "IsADirectoryError" };

function pathArg(p: PyValue): string {
  if (typeof p !== "string") raise("TypeError", `expected str path, not ${typeName(p)}`);
  if (p.includes("\0")) raise("ValueError", "embedded null byte");
  return p;
}
function noFiles(): never {
  return raise("OSError", "open(): this pycell has no file system (the embedding program gave none)");
}

registerModule("_pycell_fs", (m: PyModule) => {
  const d = m.$dict!;
  // read(path) -> bytes
  d.setStr("read", builtin("read", 1, 1, (p) => {
    const path = pathArg(p);
    const f = host.caps.readBytes ?? noFiles();
    try {
      return new PyBytes(f(path));
    } catch (e) {
      return hostError(e, path);
    }
  }));
  // write(path, data, flag): flag "w", "a" or "x"
  d.setStr("write", builtin("write", 3, 3, (p, data, flag) => {
    const path = pathArg(p);
    const f = host.caps.writeBytes ?? noFiles();
    if (!(data instanceof PyBytes)) raise("TypeError", `write: expected bytes, not ${typeName(data)}`);
    try {
      f(path, data.b, flag === "a" ? "a" : flag === "x" ? "x" : "w");
    } catch (e) {
      hostError(e, path);
    }
    return null;
  }));
  // kind(path) -> "file", "dir", "other" or None
  d.setStr("kind", builtin("kind", 1, 1, (p) => host.caps.stat?.(pathArg(p))?.kind ?? null));
  d.setStr("available", builtin("available", 0, 0, () => host.caps.readBytes !== undefined));
});
