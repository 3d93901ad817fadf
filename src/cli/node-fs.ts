// The host file-system operations (src/runtime/host-fs.ts) on Node's fs module.
import fs from "node:fs";
import tty from "node:tty";
import type { HostFs, HostStat } from "../runtime/host-fs.js";

function statOf(st: fs.Stats): HostStat {
  return {
    mode: st.mode,
    ino: st.ino,
    dev: st.dev,
    nlink: st.nlink,
    uid: st.uid,
    gid: st.gid,
    size: st.size,
    atime: st.atimeMs / 1000,
    mtime: st.mtimeMs / 1000,
    ctime: st.ctimeMs / 1000,
  };
}

export const nodeFs: HostFs = {
  stat: (path, follow) => statOf(follow ? fs.statSync(path) : fs.lstatSync(path)),
  mkdir: (path, mode) => fs.mkdirSync(path, { mode }),
  rmdir: (path) => fs.rmdirSync(path),
  unlink: (path) => fs.unlinkSync(path),
  listdir: (path) => fs.readdirSync(path),
  rename: (src, dst) => fs.renameSync(src, dst),
  chmod: (path, mode) => fs.chmodSync(path, mode),
  utime: (path, atime, mtime) => fs.utimesSync(path, atime, mtime),
  symlink: (target, path) => fs.symlinkSync(target, path),
  readlink: (path) => fs.readlinkSync(path),
  open: (path, flags, mode) => fs.openSync(path, flags, mode),
  close: (fd) => fs.closeSync(fd),
  read: (fd, n) => {
    const buf = Buffer.alloc(n);
    const got = fs.readSync(fd, buf, 0, n, null);
    return buf.subarray(0, got);
  },
  write: (fd, data) => fs.writeSync(fd, data),
  fstat: (fd) => statOf(fs.fstatSync(fd)),
  getpid: () => process.pid,
  // a worker thread cannot change the process's folder: ENOSYS becomes OSError
  chdir: (path) => {
    try {
      process.chdir(path);
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw code === "ERR_WORKER_UNSUPPORTED_OPERATION" ? { code: "ENOSYS" } : e;
    }
  },
  diskUsage: (path) => {
    const st = fs.statfsSync(path);
    const total = st.blocks * st.bsize;
    const free = st.bavail * st.bsize;
    return [total, total - st.bfree * st.bsize, free];
  },
  terminalSize: (fd) => {
    if (!tty.isatty(fd)) return null;
    const stream = fd === 2 ? process.stderr : process.stdout;
    const { columns, rows } = stream as { columns?: number; rows?: number };
    return columns !== undefined && rows !== undefined ? [columns, rows] : null;
  },
};
