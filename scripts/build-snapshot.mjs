// Builds the start-up snapshot that bin/pycell starts from (docs/performance.md,
// "Start-up"): src/cli/snapshot.ts bundled as one minified CommonJS script (what
// `node --build-snapshot` requires), run once by this node with the flags every run
// will use (V8 refuses a blob built with other flags), its heap saved to
// dist/snapshot.blob. dist/snapshot.sh tells the launcher which node and flags go with
// the blob. The blob's mtime is set to the node binary's (touch -r), so the launcher
// can see that node was replaced and fall back to dist/launch.js instead of failing.
// Any failure here only removes the snapshot: bin/pycell then runs as before.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, renameSync, rmSync, writeFileSync, realpathSync, readdirSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { resolve } from "node:path";

/** V8's stack for programs run in the main thread, in KB (the worker's was 256 MB):
 * room for far more Python frames than any recursion limit a program sets. */
export const STACK_KB = 262144;
/** The OS stack limit the launcher sets (ulimit -s, KB): V8's plus room for the
 * native frames below V8's own check and what sits above main() (argv, environment). */
export const ULIMIT_KB = STACK_KB + 16384;
/** --expose-gc and cleanupSome for gc.collect() (src/runtime/finalize.ts), as the
 * worker gets them in launch.ts. */
export const NODE_FLAGS = ["--expose-gc", "--harmony-weak-refs-with-cleanup-some", `--stack-size=${STACK_KB}`];

// PYCELL_DIST: build into another folder (a private bin/pycell copy beside it runs it)
const DIST = process.env.PYCELL_DIST || "dist";
const BLOB = `${DIST}/snapshot.blob`;
const SH = `${DIST}/snapshot.sh`;
const DATA = `${DIST}/snapshot-data`;

function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** The values of a TypeScript module's exports, through esbuild (for the data modules). */
async function exportsOf(path) {
  const r = await build({ entryPoints: [path], bundle: true, format: "esm", platform: "neutral", write: false, logLevel: "error" });
  return import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].contents).toString("base64")}`);
}

/** Writes the large data as files under dist/snapshot-data and returns the esbuild
 * plugin that swaps their modules for loaders (src/cli/snapshot-files.ts). */
async function externalData() {
  const { FROZEN_SOURCES } = await exportsOf("src/stdlib/frozen-sources.generated.ts");
  const { NAMES } = await exportsOf("src/parser/unicode-names-data.ts");
  // overwritten file by file, never removed: processes started from the previous blob
  // may be reading them right now (the module list is in the blob, so stale extra
  // files are harmless)
  mkdirSync(`${DATA}/frozen`, { recursive: true });
  const pkg = {};
  for (const [name, { pkg: isPkg, source }] of Object.entries(FROZEN_SOURCES)) {
    writeAtomic(`${DATA}/frozen/${name}.py`, source);
    pkg[name] = isPkg;
  }
  writeAtomic(`${DATA}/unicode-names.txt`, NAMES);
  // the stdlib compiled to JS (src/stdlib/precompile.ts), in a folder named by its
  // content: a blob reads only the units built with it, however many builds follow
  const { precompileFrozen } = await exportsOf("src/stdlib/precompile.ts");
  const { units, reserved } = precompileFrozen(FROZEN_SOURCES);
  const hash = createHash("sha1");
  for (const name of Object.keys(units).sort()) hash.update(`${name}\0${units[name].base}\0${units[name].json}\0${FROZEN_SOURCES[name].source}\0`);
  const cdir = `compiled-${hash.digest("hex").slice(0, 16)}`;
  mkdirSync(`${DATA}/${cdir}`, { recursive: true });
  const bases = {};
  for (const [name, { base, json }] of Object.entries(units)) {
    writeAtomic(`${DATA}/${cdir}/${name}.json`, json);
    // the source its tracebacks show, as it was when compiled
    writeAtomic(`${DATA}/${cdir}/${name}.py`, FROZEN_SOURCES[name].source);
    bases[name] = base;
  }
  removeOldCompiled(cdir);
  const files = JSON.stringify(resolve("src/cli/snapshot-files.ts"));
  const frozen =
    `import { readSnapshotFile } from ${files};\n` +
    `export const FROZEN_SOURCES = {};\n` +
    `for (const [name, pkg] of Object.entries(${JSON.stringify(pkg)}))\n` +
    `  FROZEN_SOURCES[name] = { pkg, get source() { return readSnapshotFile("frozen/" + name + ".py"); } };\n`;
  const compiled =
    `import { readSnapshotFile } from ${files};\n` +
    `export const FROZEN_RESERVED = ${reserved};\n` +
    `export const FROZEN_COMPILED = {};\n` +
    `for (const [name, base] of Object.entries(${JSON.stringify(bases)}))\n` +
    `  FROZEN_COMPILED[name] = { base, json: () => readSnapshotFile(${JSON.stringify(cdir + "/")} + name + ".json"), source: () => readSnapshotFile(${JSON.stringify(cdir + "/")} + name + ".py") };\n`;
  const names = `import { readSnapshotFile } from ${files};\nlet text = null;\nexport function unicodeNamesText() { return (text ??= readSnapshotFile("unicode-names.txt")); }\n`;
  return {
    name: "snapshot-external-data",
    setup(b) {
      b.onLoad({ filter: /[\\/]stdlib[\\/]frozen-sources\.generated\.ts$/ }, () => ({ contents: frozen, loader: "js", resolveDir: resolve("src/stdlib") }));
      b.onLoad({ filter: /[\\/]stdlib[\\/]frozen-compiled\.ts$/ }, () => ({ contents: compiled, loader: "js", resolveDir: resolve("src/stdlib") }));
      b.onLoad({ filter: /[\\/]parser[\\/]unicode-names-text\.ts$/ }, () => ({ contents: names, loader: "js", resolveDir: resolve("src/parser") }));
    },
  };
}

/** Compiled-stdlib folders of earlier builds, once no process can still be starting
 * from their blob (an hour old). */
function removeOldCompiled(keep) {
  for (const d of readdirSync(DATA)) {
    if (!d.startsWith("compiled-") || d === keep) continue;
    try {
      if (Date.now() - statSync(`${DATA}/${d}`).mtimeMs > 3600e3) rmSync(`${DATA}/${d}`, { recursive: true, force: true });
    } catch {
      // another build removed it first
    }
  }
}

function giveUp(why) {
  rmSync(BLOB, { force: true });
  rmSync(SH, { force: true });
  console.warn(`build-snapshot: no start-up snapshot (${why}); bin/pycell will start without it`);
}

export async function buildSnapshot() {
  // minified: the script's source stays in the heap (lazy compilation), so its size is
  // paid in every process. Not keepNames: it wraps every closure in a defineProperty
  // call, measured 15x slower on closure-heavy programs (b1_closure_factory)
  await build({
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    // PYCELL_PROFILE_NAMES=1: keep function names, for readable `node --cpu-prof` profiles
    ...(process.env.PYCELL_PROFILE_NAMES ? { minifyWhitespace: true, minifySyntax: true } : { minify: true }),
    logLevel: "error",
    entryPoints: ["src/cli/snapshot.ts"],
    outfile: `${DIST}/snapshot.${process.pid}.tmp.cjs`,
    plugins: [await externalData()],
  });
  // renamed into place, so a concurrent build never snapshots half a file
  renameSync(`${DIST}/snapshot.${process.pid}.tmp.cjs`, `${DIST}/snapshot.cjs`);
  // a private name, renamed into place: builds running at the same time never see half a blob
  const tmp = `${BLOB}.${process.pid}.tmp`;
  const node = realpathSync(process.execPath);
  const r = spawnSync(node, [...NODE_FLAGS, "--snapshot-blob", tmp, "--build-snapshot", `${DIST}/snapshot.cjs`], { encoding: "utf8" });
  if (r.status !== 0) {
    rmSync(tmp, { force: true });
    return giveUp(`node --build-snapshot exited with ${r.status ?? r.signal}: ${(r.stderr || "").trim().split("\n").slice(-3).join(" / ")}`);
  }
  const t = spawnSync("touch", ["-r", node, tmp]);
  if (t.status !== 0) {
    rmSync(tmp, { force: true });
    return giveUp("touch -r failed");
  }
  renameSync(tmp, BLOB);
  const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  writeAtomic(
    SH,
    `# Generated by scripts/build-snapshot.mjs; read by bin/pycell. The node that built\n` +
      `# dist/snapshot.blob and the flags it was built with (V8 checks them).\n` +
      `snap_node=${q(node)}\nsnap_flags=${q(NODE_FLAGS.join(" "))}\nsnap_ulimit_kb=${ULIMIT_KB}\n`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await buildSnapshot();
