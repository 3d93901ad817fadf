// C3 linearization (https://docs.python.org/3/howto/mro.html), as typeobject.c
// mro_implementation does it: merge the bases' MROs and the list of bases, each step
// taking the first head that appears in no other list's tail.
import type { PyType } from "./type.js";
import { raise } from "./raise.js";

export function c3Merge(cls: PyType): PyType[] {
  if (cls.bases.length === 0) return [cls];
  if (cls.bases.length === 1) return [cls, ...cls.bases[0].mro];
  // typeobject.c mro_implementation refuses a base listed twice before merging
  for (let i = 1; i < cls.bases.length; i++) if (cls.bases.indexOf(cls.bases[i]) < i) raise("TypeError", `duplicate base class ${cls.bases[i].name}`);
  // 1. the sequences to merge: every base's MRO, then the bases themselves
  const seqs: PyType[][] = cls.bases.map((b) => b.mro.slice());
  seqs.push(cls.bases.slice());
  const out: PyType[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    // 2. find a head that is in no tail
    let head: PyType | null = null;
    for (const s of live) {
      const cand = s[0];
      if (!live.some((t) => t.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    // 3. none: the hierarchy is inconsistent
    if (head === null) {
      const names = [...new Set(live.map((s) => s[0].name))].join(", ");
      raise("TypeError", `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`);
    }
    // 4. take it out of every list
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}
