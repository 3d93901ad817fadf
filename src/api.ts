// pycell's public library API: the one entry point for the CLI, the web page and tests.
// The core imports nothing from Node, so it bundles for a browser.
export { dumpAst } from "./ast/dump.js";
export { CompileError } from "./ast/syntax-error.js";
