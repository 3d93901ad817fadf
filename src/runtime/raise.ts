// The one place Python exceptions are raised from TypeScript code: every runtime
// helper calls `raise("ValueError", "...")` instead of building errors ad hoc.
// The exception classes themselves live with the object model; this module is
// wired to them at start-up through setRaiser so that leaf modules (int, str,
// format) stay free of object-model imports.
export type BuiltinExcName =
  | "ArithmeticError" | "AssertionError" | "AttributeError" | "BufferError" | "EOFError"
  | "Exception" | "ImportError" | "IndexError" | "KeyError" | "LookupError"
  | "MemoryError" | "ModuleNotFoundError" | "NameError" | "NotImplementedError" | "OSError"
  | "OverflowError" | "RecursionError" | "RuntimeError" | "StopIteration" | "SyntaxError"
  | "SystemError" | "TypeError" | "UnboundLocalError" | "UnicodeDecodeError" | "UnicodeEncodeError"
  | "UnicodeError" | "ValueError" | "ZeroDivisionError" | "KeyboardInterrupt" | "SystemExit"
  | "FileNotFoundError" | "StopAsyncIteration" | "GeneratorExit" | "LookupError";

export type Raiser = (kind: BuiltinExcName, msg: string) => never;

/** Used until the object model installs the real raiser. */
export class PendingPyError extends Error {
  constructor(readonly kind: BuiltinExcName, readonly pyMessage: string) {
    super(`${kind}: ${pyMessage}`);
  }
}

let raiser: Raiser = (kind, msg) => {
  throw new PendingPyError(kind, msg);
};

export function setRaiser(r: Raiser): void {
  raiser = r;
}

export function raise(kind: BuiltinExcName, msg: string): never {
  return raiser(kind, msg);
}
