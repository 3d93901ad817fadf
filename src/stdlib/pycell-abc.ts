// _pycell_abc: the hook abc.py's ABCMeta.register uses to give a registered class
// the ABC's collection flag (runtime/patma-flags.ts), as CPython's _abc module does.
import type { PyValue } from "../runtime/object.js";
import { registerModule } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import type { PyModule } from "../runtime/containers.js";
import { PyType } from "../runtime/type.js";
import { patmaMarks } from "../runtime/patma-flags.js";
import { patmaKind } from "../runtime/rt.js";

registerModule("_pycell_abc", (m: PyModule) => {
  // the flag `abc` gives (0: none), and setting it on one class (built-in, immutable
  // types keep theirs: set_collection_flag_recursive skips them)
  m.$dict!.setStr("collection_kind", builtin("collection_kind", 1, 1, (abc: PyValue) => (abc instanceof PyType ? patmaKind(abc) : 0)));
  m.$dict!.setStr(
    "set_collection_kind",
    // False (and its subclasses left alone) for an immutable type or one that has
    // the flag already, as set_collection_flag_recursive stops there
    builtin("set_collection_kind", 2, 2, (cls: PyValue, kind: PyValue) => {
      if (!(cls instanceof PyType) || !cls.heap || (kind !== 1 && kind !== 2) || patmaKind(cls) === kind) return false;
      patmaMarks.set(cls, kind);
      return true;
    }),
  );
});
