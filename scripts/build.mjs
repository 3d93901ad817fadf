// Bundles the command line (Node) and the core library (any JS host) with esbuild.
import { build } from "esbuild";
import "./gen-frozen.mjs";
import { buildSnapshot } from "./build-snapshot.mjs";

const common = { bundle: true, format: "esm", sourcemap: true, target: "node20", logLevel: "warning" };
// minified (not keepNames, which slows closures down): node parses this whole file
// before anything runs; the source map keeps stack traces readable
await build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", platform: "node", minify: true });
await build({ ...common, entryPoints: ["src/api.ts"], outfile: "dist/pycell.js", platform: "neutral" });
// bin/pycell's entry: starts the program's worker without loading the interpreter twice
await build({ ...common, entryPoints: ["src/cli/launch.ts"], outfile: "dist/launch.js", platform: "node" });
// bin/pycell's fast path: node started from a heap with the interpreter initialised
await buildSnapshot();
