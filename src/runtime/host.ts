// What the embedding program lends the interpreter. The core imports nothing from
// Node: the command line supplies these capabilities (files, forcing a collection),
// a browser page may supply some or none. Without them, imports come only from the
// built-in registry and gc.collect() cannot force the JS engine's collector.

import type { HostFs } from "./host-fs.js";

export interface HostCapabilities {
  /** The text of a file, or null when there is none (the sys.path finder's read). */
  readFile?: (path: string) => string | null;
  /** true when `path` is a folder (a package, or a sys.path entry). */
  isDir?: (path: string) => boolean;
  /** Force a full collection of the JS heap, if the host can (node --expose-gc). */
  collectGarbage?: () => void;
  /** os.getcwd(); without it the working directory is "/". */
  getcwd?: () => string;
  /** os.environ's initial contents; without it the environment is empty. */
  environ?: () => Record<string, string>;
  /** What is at `path` (os.path.exists/isfile/isdir/getsize), or null when nothing is. */
  stat?: (path: string) => { kind: "file" | "dir" | "other"; size: number } | null;
  /** open(): a file's bytes; throws `{ code: "ENOENT" | "EISDIR" | ... }` (HostFileError). */
  readBytes?: (path: string) => Uint8Array;
  /** open(): write a file ("w" create or truncate, "a" append, "x" create new only);
   * throws a HostFileError. */
  writeBytes?: (path: string, data: Uint8Array, flag: "w" | "a" | "x") => void;
  /** os.uname() and the platform module: the machine pycell runs on; without it
   * every field is "" (as CPython reports what it cannot determine). */
  uname?: () => HostUname;
  /** os/shutil/tempfile: directories, renames, full stat, descriptors (host-fs.ts);
   * without it those functions raise OSError. */
  fs?: HostFs;
}

/** The fields of POSIX uname(2), plus the C library (platform.libc_ver). */
export interface HostUname {
  system: string;
  node: string;
  release: string;
  version: string;
  machine: string;
  /** ["glibc", "2.36"], or ["", ""] when unknown */
  libc: [string, string];
}

/** What a host file function throws: the POSIX error name (Node's `err.code`). */
export interface HostFileError {
  code: string;
}

/** `path`: what sys.path starts as (set by the runner: the script's folder). */
export const host: { caps: HostCapabilities; path: string[] } = { caps: {}, path: [] };

export function setHost(caps: HostCapabilities): void {
  host.caps = caps;
}

/** The folder part of a path, as os.path.dirname does for '/' paths. */
export function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  if (i < 0) return "";
  const head = path.slice(0, i + 1);
  return /^\/+$/.test(head) ? head : head.replace(/\/+$/, "");
}

export function joinPath(a: string, b: string): string {
  if (a === "") return b;
  return a.endsWith("/") ? a + b : `${a}/${b}`;
}
