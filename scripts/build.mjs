// Bundles the command line (Node) and the core library (any JS host) with esbuild.
import { build } from "esbuild";
import "./gen-frozen.mjs";
import { buildSnapshot } from "./build-snapshot.mjs";

// PYCELL_DIST: build into another folder, e.g. for a private copy of bin/pycell beside it
const DIST = process.env.PYCELL_DIST || "dist";
const common = { bundle: true, format: "esm", sourcemap: true, target: "node20", logLevel: "warning" };
// minified (not keepNames, which slows closures down): node parses this whole file
// before anything runs; the source map keeps stack traces readable
await build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: `${DIST}/cli.js`, platform: "node", minify: true });
await build({ ...common, entryPoints: ["src/api.ts"], outfile: `${DIST}/pycell.js`, platform: "neutral" });
// bin/pycell's entry: starts the program's worker without loading the interpreter twice
await build({ ...common, entryPoints: ["src/cli/launch.ts"], outfile: `${DIST}/launch.js`, platform: "node" });
// bin/pycell's fast path: node started from a heap with the interpreter initialised
await buildSnapshot();
