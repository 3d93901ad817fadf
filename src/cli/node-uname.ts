// uname(2) of the machine, from Node's os module, for os.uname() and platform
// (src/runtime/host.ts HostUname).
import os from "node:os";

export interface NodeUname {
  system: string;
  node: string;
  release: string;
  version: string;
  machine: string;
  libc: [string, string];
}

export function nodeUname(): NodeUname {
  // process.report names the glibc Node runs with (absent on musl, macOS, Windows)
  const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
  const glibc = header?.glibcVersionRuntime;
  return {
    system: os.type(),
    node: os.hostname(),
    release: os.release(),
    version: os.version(),
    machine: os.machine(),
    libc: typeof glibc === "string" ? ["glibc", glibc] : ["", ""],
  };
}
