// pycell's public library API: the one entry point for the CLI, the web page and tests.
// The core imports nothing from Node, so it bundles for a browser.
export { dumpAst } from "./ast/dump.js";
export { CompileError } from "./ast/syntax-error.js";
export type { RunOptions } from "./runtime/runner.js";
export type { HostCapabilities } from "./runtime/host.js";
import { runProgram, type RunOptions } from "./runtime/runner.js";

/** Run a Python program as `python3 FILE` does: output goes to the callbacks, the
 * result is the process exit status (0, 1 for an uncaught exception, sys.exit's code).
 * Never throws. */
export function runSource(source: string | Uint8Array, options?: RunOptions): { exitCode: number } {
  return runProgram(source, options);
}

// ---- scopes (the symtable stage) ----
export { buildSymtable, dumpSymtable, type SymbolTable, type ScopeEntry } from "./symtable/index.js";
import { parseModule } from "./parser/index.js";
import { CompileError as FrontEndError } from "./ast/syntax-error.js";
import { buildSymtable as scopesOf, dumpSymtable as dumpScopes, symtableErrorLine } from "./symtable/index.js";

/** What `pycell --dump-symtable FILE` prints: every scope as CPython's symtable module
 * reports it (the format of shared/tools/symtable_dump.py), or the one line
 * `SyntaxError: MSG (LINE:OFFSET)` for a file that does not compile. */
export function dumpSymtableOf(source: string | Uint8Array, filename: string): string {
  try {
    return dumpScopes(scopesOf(parseModule(source, filename), filename));
  } catch (e) {
    if (e instanceof FrontEndError) return symtableErrorLine(e) + "\n";
    throw e; // a Python exception, such as RecursionError for absurdly deep nesting
  }
}

/** `TypeName: message` for a Python exception thrown by a library call; null for anything
 * else. Lets tools report, say, a RecursionError from the front end as Python would. */
export function pythonErrorLine(e: unknown): string | null {
  if (!(e instanceof PyBaseException)) return null;
  const msg = pyStr(e);
  return msg ? `${e.$cls.qualname}: ${msg}` : e.$cls.qualname;
}
import { PyBaseException } from "./runtime/exceptions.js";
import { pyStr } from "./runtime/ops.js";


// ---- syntax trees (the tokenizer and parser stages) ----
export { parseModule, parseExpression } from "./parser/index.js";
import { dumpAst as dumpTree } from "./ast/dump.js";

/** What `pycell --dump-ast[-positions] FILE` prints (shared/tools/ast_dump.py's format):
 * ast.dump(indent=1) of the file, or `SyntaxError: MSG (LINE:OFFSET)`; ends with "\n". */
export function dumpAstOf(source: string | Uint8Array, filename: string, positions = false): string {
  try {
    return dumpTree(parseModule(source, filename), positions) + "\n";
  } catch (e) {
    if (e instanceof FrontEndError) return `SyntaxError: ${e.msg} (${e.lineno}:${e.offset})\n`;
    throw e;
  }
}

// ---- generated code (the codegen stage) ----
import { compileModule } from "./codegen/compiler.js";

/** What `pycell --dump-js FILE` prints: the JavaScript pycell generates for a module
 * (docs/scopes.md reads it), or `SyntaxError: MSG (LINE:OFFSET)`. */
export function dumpJsOf(source: string | Uint8Array, filename: string): string {
  try {
    return compileModule(parseModule(source, filename), filename).js;
  } catch (e) {
    if (e instanceof FrontEndError) return `${e.kind}: ${e.msg} (${e.lineno}:${e.offset})\n`;
    throw e;
  }
}
