// pycell's symtable: CPython 3.11's scope analysis (Python/symtable.c) over the AST of
// src/ast/nodes.ts. Stable API for codegen and tools:
//
//   buildSymtable(mod: Module | Expression | Interactive, filename: string): SymbolTable
//     (Expression for eval() input, Interactive for the REPL's "single" mode)
//     Throws CompileError (src/ast/syntax-error.ts) with CPython's message, line and
//     offset for every SyntaxError the symtable (and future.c) raises, and a Python
//     RecursionError (src/runtime/raise.ts) for absurdly deep nesting.
//
//   table.top                       the module's ScopeEntry (name "top", line 0)
//   table.lookup(node)              the ScopeEntry a node opens: Module, FunctionDef,
//                                   AsyncFunctionDef, ClassDef, Lambda, ListComp,
//                                   SetComp, DictComp, GeneratorExp (throws otherwise)
//   table.blocks                    the same as a Map<Node, ScopeEntry>
//   table.future                    future features (`annotations`: annotations are strings)
//
//   ScopeEntry (src/symtable/entry.ts), per scope:
//     type "module" | "class" | "function" (lambdas and comprehensions are functions),
//     name ("top", def/class name, "lambda", "listcomp", "setcomp", "dictcomp", "genexpr"),
//     lineno, nested, children (source order), parent, node,
//     flags(name) -> SymbolFlag bits, scope(name) -> Scope (flags.ts: CPython's names),
//     symbols (Map name -> flags, first-mention order; names are stored mangled),
//     paramNames, argcount, posonlyargcount, kwonlyargcount, hasVarargs, hasVarkeywords,
//     isGenerator, isCoroutine, comprehension, returnsValue,
//     needsClassClosure (class whose methods use super/__class__: it owns a `__class__`
//       cell and stores it as `__classcell__` in its namespace),
//     varnames / cellvars / freevars: co_varnames, co_cellvars, co_freevars exactly as
//       CPython 3.11's code object has them (see code-names.ts for the orders).
//
//   nameOp(ste, id, ctx)            how code in `ste` loads/stores/deletes `id`: "fast",
//                                   "deref", "classderef", "global" or "name", with the
//                                   mangled name (compile.c compiler_nameop)
//   mangle(className, id)           private name mangling (_Py_Mangle)
//   dumpSymtable(table): string     the format of /work/shared/tools/symtable_dump.py
//   symtableErrorLine(err)          "SyntaxError: MSG (LINE:OFFSET)" for a CompileError
//
// How a name's scope is decided is explained at the top of analyze.ts.
import type { Expression, Interactive, Module, Node } from "../ast/nodes.js";
import type { CompileError } from "../ast/syntax-error.js";
import { raise } from "../runtime/raise.js";
import { analyze } from "./analyze.js";
import { SymtableBuilder } from "./build.js";
import type { ScopeEntry } from "./entry.js";
import { RECURSION } from "./errors.js";
import { futureFeatures, type FutureFeatures } from "./future.js";

export { BlockType, ComprehensionKind, DEF_BOUND, Scope, SymbolFlag } from "./flags.js";
export { ScopeEntry, type ScopeType } from "./entry.js";
export type { FutureFeatures } from "./future.js";
export { dumpSymtable } from "./dump.js";
export { mangle } from "./mangle.js";
export { nameOp, type NameAccess, type NameContext } from "./name-op.js";

export interface SymbolTable {
  readonly filename: string;
  readonly top: ScopeEntry;
  readonly blocks: ReadonlyMap<Node, ScopeEntry>;
  readonly future: FutureFeatures;
  lookup(node: Node): ScopeEntry;
}

export function buildSymtable(mod: Module | Expression | Interactive, filename: string): SymbolTable {
  const future = futureFeatures(mod, filename);
  let top: ScopeEntry;
  let blocks: Map<Node, ScopeEntry>;
  try {
    ({ top, blocks } = new SymtableBuilder(filename, future).build(mod));
    analyze(top, filename);
  } catch (e) {
    // The depth limit should stop deep trees first; should the JavaScript stack run out
    // anyway, the user still gets CPython's exception, never a JavaScript one.
    if (e instanceof RangeError) raise("RecursionError", RECURSION);
    throw e;
  }
  return {
    filename,
    top,
    blocks,
    future,
    lookup(node: Node): ScopeEntry {
      const ste = blocks.get(node);
      if (!ste) throw new Error(`symtable: no scope for ${node._type} node`);
      return ste;
    },
  };
}

/** The one-line report of a compile error, as the dump tools print it. */
export function symtableErrorLine(err: CompileError): string {
  // the tools print "SyntaxError" for its subclasses IndentationError and TabError too
  return `SyntaxError: ${err.msg} (${err.lineno}:${err.offset})`;
}
