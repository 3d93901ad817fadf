import { build } from "esbuild";
const c = { bundle: true, format: "esm", target: "node20", logLevel: "warning", platform: "node" };
await build({ ...c, entryPoints: ["src/cli/main.ts"], outfile: "/tmp/h20/dist/cli.js" });
await build({ ...c, entryPoints: ["src/cli/launch.ts"], outfile: "/tmp/h20/dist/launch.js" });
