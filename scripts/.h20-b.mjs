import { build } from "esbuild";
await build({ bundle: true, format: "esm", target: "node20", logLevel: "warning", entryPoints: ["src/cli/main.ts"], outfile: "/tmp/h20/dist/cli.js", platform: "node" });
