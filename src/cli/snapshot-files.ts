// Large data that the start-up snapshot keeps out of its heap (the embedded Python
// stdlib sources, the Unicode name table): scripts/build-snapshot.mjs writes them as
// files beside the blob and swaps their modules, in the snapshot's bundle only, for
// ones that read those files on first use. A process pays for them only when a
// program imports a Python-source module or writes a \N{...} escape.
import { readFileSync } from "node:fs";

let dir = ".";

/** Where the files are: dist/snapshot-data, found from the blob's path at start-up. */
export function setSnapshotFilesDir(d: string): void {
  dir = d;
}

export function readSnapshotFile(name: string): string {
  return readFileSync(`${dir}/${name}`, "utf8");
}
