// Build-time compilation of the embedded stdlib (scripts/build-snapshot.mjs): each
// module is compiled exactly as an import would compile it (runner.ts execSource with
// the filename `<frozen NAME>`), with code ids from one running counter, so that every
// unit's `$f<id>` function names are distinct from each other and from the code the
// process compiles later (frozen.ts reserves ids 0..reserved-1 at start-up).
import { parseModule } from "../parser/index.js";
import { compileModule } from "../codegen/compiler.js";
import { unitOf, unitToJson } from "../runtime/compiled-unit.js";

export interface Precompiled {
  units: Record<string, { base: number; json: string }>;
  reserved: number;
}

export function precompileFrozen(modules: Record<string, { source: string }>): Precompiled {
  const units: Precompiled["units"] = {};
  let next = 0;
  for (const name of Object.keys(modules).sort()) {
    const filename = `<frozen ${name}>`;
    let unit;
    try {
      unit = unitOf(compileModule(parseModule(modules[name].source, filename), filename, { frameRecords: false, codeBase: next }));
    } catch {
      continue; // a SyntaxError: the import compiles the source and reports it
    }
    // warnings are printed with the source line: left to the source path
    if (unit.warnings.length > 0) continue;
    units[name] = { base: next, json: unitToJson(unit) };
    next += unit.codes.length;
  }
  return { units, reserved: next };
}
