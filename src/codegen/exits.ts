// Which statement lists can be left only by running off their end or by an exception.
// The code generator drops a JS `finally` around such a list (an `except` clause's
// body): V8 then unwinds through one handler fewer when an exception leaves it.
import type * as A from "../ast/nodes.js";

/** True when no `return`, `break` or `continue` in `body` (outside nested function and
 * class bodies) can jump out of it. Loops inside count too: kept simple on purpose. */
export function leavesOnlyAtEnd(body: A.stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case "Return":
      case "Break":
      case "Continue":
        return false;
      case "FunctionDef":
      case "AsyncFunctionDef":
      case "ClassDef":
        break;
      case "If":
      case "For":
      case "AsyncFor":
      case "While":
        if (!leavesOnlyAtEnd(s.body) || !leavesOnlyAtEnd(s.orelse)) return false;
        break;
      case "With":
      case "AsyncWith":
        if (!leavesOnlyAtEnd(s.body)) return false;
        break;
      case "Try":
      case "TryStar":
        if (!leavesOnlyAtEnd(s.body) || !leavesOnlyAtEnd(s.orelse) || !leavesOnlyAtEnd(s.finalbody)) return false;
        for (const h of s.handlers) if (!leavesOnlyAtEnd(h.body)) return false;
        break;
      case "Match":
        for (const c of s.cases) if (!leavesOnlyAtEnd(c.body)) return false;
        break;
    }
  }
  return true;
}
