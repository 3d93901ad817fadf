// `_pycell_time`: the clocks and the local time zone for pycell's time module
// (src/stdlib/lib/time.py). Only what browsers and Node both have: performance.now(),
// Date, Intl, Atomics.wait. No Node import.
import { PyFloat, type PyValue } from "../runtime/object.js";
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import { normInt } from "../runtime/int-ops.js";
import type { PyModule } from "../runtime/containers.js";
import { raise } from "../runtime/raise.js";

const perf: { now(): number; timeOrigin?: number } = globalThis.performance ?? { now: () => Date.now() };

/** Wall clock in microseconds since the epoch (performance's origin + elapsed). */
function wallMicros(): number {
  const origin = perf.timeOrigin;
  return origin !== undefined ? Math.round((origin + perf.now()) * 1000) : Date.now() * 1000;
}

/** CPU time of this process when the host exposes it (Node), else the monotonic clock. */
function cpuMicros(): number {
  const p = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process;
  if (p?.cpuUsage) {
    const u = p.cpuUsage();
    return u.user + u.system;
  }
  return Math.round(perf.now() * 1000);
}

function sleepMs(ms: number): void {
  if (ms <= 0) return;
  try {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    Atomics.wait(cell, 0, 0, ms);
    return;
  } catch {
    // a browser's main thread may not block: wait by spinning
  }
  const end = perf.now() + ms;
  while (perf.now() < end) {
    /* spin */
  }
}

function num(v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  return raise("TypeError", "expected a number");
}

/** The local zone's abbreviation at the instant `ms`, as Intl names it ("UTC", "CET"...). */
function zoneName(ms: number): string {
  try {
    const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(new Date(ms));
    const z = parts.find((p) => p.type === "timeZoneName");
    if (z) return z.value;
  } catch {
    // no Intl: fall through
  }
  const off = -new Date(ms).getTimezoneOffset();
  return off === 0 ? "UTC" : `${off < 0 ? "-" : "+"}${String(Math.floor(Math.abs(off) / 60)).padStart(2, "0")}`;
}

registerModule("_pycell_time", (m: PyModule) => {
  const d = m.$dict!;
  d.setStr("wall_us", builtin("wall_us", 0, 0, () => normInt(BigInt(wallMicros()))));
  d.setStr("mono_ns", builtin("mono_ns", 0, 0, () => normInt(BigInt(Math.round(perf.now() * 1e6)))));
  d.setStr("cpu_us", builtin("cpu_us", 0, 0, () => normInt(BigInt(cpuMicros()))));
  d.setStr("sleep", builtin("sleep", 1, 1, (s) => {
    sleepMs(num(s) * 1000);
    return null;
  }));
  // utcoffset(secs) -> seconds east of UTC of the local zone at that instant
  d.setStr("utcoffset", builtin("utcoffset", 1, 1, (s) => {
    const off = -new Date(num(s) * 1000).getTimezoneOffset() * 60;
    return off === 0 ? 0 : off;
  }));
  d.setStr("zonename", builtin("zonename", 1, 1, (s) => zoneName(num(s) * 1000)));
});
