// `_pycell_importlib`: what importlib (src/stdlib/lib/importlib) needs to know about
// pycell's import system (src/runtime/modules.ts) without importing anything: whether
// a name is a built-in (registry) module, and whether its source is embedded.
import { registerModule, isRegistered } from "../runtime/modules.js";
import { builtin } from "../runtime/descriptors.js";
import type { PyModule } from "../runtime/containers.js";
import { raise } from "../runtime/raise.js";
import { FROZEN_SOURCES } from "./frozen-sources.generated.js";

registerModule("_pycell_importlib", (m: PyModule) => {
  const d = m.$dict!;
  const name = (v: unknown): string => (typeof v === "string" ? v : raise("TypeError", "module name must be str"));
  // kind(name) -> 'frozen' (Python source embedded in pycell), 'builtin' (TypeScript),
  // or None (not known without searching sys.path)
  d.setStr("kind", builtin("kind", 1, 1, (n) => {
    const s = name(n);
    if (Object.prototype.hasOwnProperty.call(FROZEN_SOURCES, s)) return "frozen";
    return isRegistered(s) ? "builtin" : null;
  }));
});
