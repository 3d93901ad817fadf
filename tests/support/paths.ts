// Where the machine's CPython keeps its standard library (read at test time, never copied).
import { execFileSync } from "node:child_process";

let cached: string | undefined;
export function stdlibDir(): string {
  cached ??= execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"], { encoding: "utf8" }).trim();
  return cached;
}
