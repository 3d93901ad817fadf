// IGNORECASE equivalence for the regex engine. For str patterns CPython's re treats
// two characters as equal when they fall in the same case class (sre's lower/upper
// checks plus its "ignorecase fixes", e.g. 's' ~ 'ſ', 'k' ~ KELVIN SIGN); the classes
// are generated from python3's re by scripts/gen_re_casefold.py. Bytes patterns and
// str patterns with the ASCII flag fold ASCII letters only.
import { FOLD_RUNS } from "./casefold-data.js";

const FOLD = new Map<number, number>();
/** canonical member -> every member of its class (the canonical one included) */
const MEMBERS = new Map<number, number[]>();

for (const run of FOLD_RUNS.split(";")) {
  const [s, n, step, d] = run.split(",");
  const start = parseInt(s, 16);
  const count = parseInt(n, 16);
  const st = Number(step);
  const delta = Number(d);
  for (let i = 0; i < count; i++) {
    const c = start + i * st;
    FOLD.set(c, c + delta);
  }
}
for (const [c, canon] of FOLD) {
  let m = MEMBERS.get(canon);
  if (m === undefined) MEMBERS.set(canon, (m = [canon]));
  m.push(c);
}

/** Unicode IGNORECASE: the smallest member of c's class. */
export function foldU(c: number): number {
  if (c < 0x41) return c;
  if (c <= 0x5a) return c;
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? c - 32 : c;
  const f = FOLD.get(c);
  return f === undefined ? c : f;
}

/** ASCII-only IGNORECASE (bytes, or str with re.ASCII). */
export function foldA(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 32 : c;
}

/** Every character equal to c under Unicode IGNORECASE (c itself first). */
export function caseVariantsU(c: number): readonly number[] {
  const canon = foldU(c);
  const m = MEMBERS.get(canon);
  if (m === undefined) return [c];
  return m;
}

export function caseVariantsA(c: number): readonly number[] {
  if (c >= 0x41 && c <= 0x5a) return [c, c + 32];
  if (c >= 0x61 && c <= 0x7a) return [c, c - 32];
  return [c];
}
