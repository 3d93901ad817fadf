// `import builtins`: the module object holding the builtins dict.
import { registerModule } from "../runtime/modules.js";
import { builtinsMap } from "../runtime/rt.js";

registerModule("builtins", (m) => {
  for (const [k, v] of builtinsMap) m.$dict!.set(k as string, v);
});
