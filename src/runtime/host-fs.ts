// The file-system operations behind os, shutil and tempfile (src/stdlib/os-fs.ts),
// lent by the embedding program through HostCapabilities.fs. Every method throws a
// HostFileError ({ code: "ENOENT" | ... }) on failure, as Node's fs functions do.

/** os.stat_result's fields; times in seconds since the epoch (fractional). */
export interface HostStat {
  mode: number;
  ino: number;
  dev: number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  atime: number;
  mtime: number;
  ctime: number;
}

export interface HostFs {
  /** stat (follow=true) or lstat (follow=false) */
  stat(path: string, follow: boolean): HostStat;
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  listdir(path: string): string[];
  /** rename, replacing an existing file at dst (POSIX rename(2)) */
  rename(src: string, dst: string): void;
  chmod(path: string, mode: number): void;
  utime(path: string, atime: number, mtime: number): void;
  symlink(target: string, path: string): void;
  readlink(path: string): string;
  /** open(2) with Linux O_* flags; returns the descriptor */
  open(path: string, flags: number, mode: number): number;
  close(fd: number): void;
  read(fd: number, n: number): Uint8Array;
  write(fd: number, data: Uint8Array): number;
  fstat(fd: number): HostStat;
  getpid(): number;
  /** os.chdir (the host's getcwd then reports the new folder) */
  chdir(path: string): void;
  /** shutil.disk_usage: [total, used, free] bytes */
  diskUsage(path: string): [number, number, number];
  /** os.get_terminal_size: [columns, lines], or null when fd is no terminal */
  terminalSize(fd: number): [number, number] | null;
}
