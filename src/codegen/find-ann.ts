// Which bodies get SETUP_ANNOTATIONS.
import type * as A from "../ast/nodes.js";

/** compile.c find_ann: does a module or class body annotate a name anywhere outside
 * nested functions and classes (match statements are not searched in 3.11)? */
export function findAnn(body: A.stmt[]): boolean {
  return body.some((s) => {
    switch (s._type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        return findAnn(s.body) || findAnn(s.orelse);
      case "With":
      case "AsyncWith":
        return findAnn(s.body);
      case "Try":
      case "TryStar":
        return s.handlers.some((h) => findAnn(h.body)) || findAnn(s.body) || findAnn(s.finalbody) || findAnn(s.orelse);
      default:
        return false;
    }
  });
}
