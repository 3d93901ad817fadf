// The native `re.Pattern` and `re.Match` objects (their methods: pattern-methods.ts,
// match-methods.ts). A Match keeps its group marks in a plain array copied from the
// matcher's registers, so the Pattern's single Matcher can run the next search.
import { PyObject, type PyValue } from "../../runtime/object.js";
import { PyType } from "../../runtime/type.js";
import { T } from "../../runtime/types.js";
import type { PyDict } from "../../runtime/dict.js";
import { Matcher } from "./vm.js";
import type { Program } from "./program.js";
import type { Subject } from "./subject.js";

function reType(name: string): PyType {
  const t = new PyType(`re.${name}`, [T.object]);
  t.qualname = name;
  t.computeMro();
  t.final = true;
  t.attrs.set("__module__", "re");
  return t;
}
export const patternType = reType("Pattern");
export const matchType = reType("Match");

/** Hooks the Python layer (src/stdlib/lib/re/__init__.py) installs with `_engine.setup`. */
export const hooks: {
  /** re.error */
  error: PyValue;
  /** re._compile(pattern, flags): pickling a Pattern */
  compile: PyValue;
  /** re._parse_template(repl, pattern) -> list of str/bytes pieces and group numbers */
  parseTemplate: PyValue;
} = { error: null, compile: null, parseTemplate: null };

export class PyPattern extends PyObject {
  readonly matcher: Matcher;
  readonly groups: number;
  /** parsed replacement templates (match-methods.ts templatePieces' keys) */
  readonly templates = new Map<string, PyValue[]>();
  constructor(
    readonly prog: Program,
    readonly isBytes: boolean,
    readonly pattern: PyValue,
    readonly flags: number,
    readonly groupindex: PyDict,
    /** group number -> name (Match.lastgroup) */
    readonly groupNames: (string | null)[],
  ) {
    super();
    this.matcher = new Matcher(prog);
    this.groups = prog.groups;
  }
}
PyPattern.prototype.$cls = patternType;

export class PyMatch extends PyObject {
  constructor(
    readonly re: PyPattern,
    readonly string: PyValue,
    readonly sj: Subject,
    readonly pos: number,
    readonly endpos: number,
    /** start, end of group 0, then of each group (-1 when unset) */
    readonly marks: number[],
    readonly lastindex: number,
  ) {
    super();
  }
}
PyMatch.prototype.$cls = matchType;

/** The Match of the pattern's matcher's last success, ending at `end`. */
export function newMatch(p: PyPattern, string: PyValue, sj: Subject, pos: number, endpos: number, end: number): PyMatch {
  const mt = p.matcher;
  const regs = mt.regs;
  const ng = p.groups;
  const marks: number[] = new Array(2 * ng + 2);
  marks[0] = mt.start;
  marks[1] = end;
  for (let g = 1; g <= ng; g++) {
    const s = regs[2 * g];
    const e = regs[2 * g + 1];
    if (s >= 0 && e >= 0) {
      marks[2 * g] = s;
      marks[2 * g + 1] = e;
    } else {
      marks[2 * g] = -1;
      marks[2 * g + 1] = -1;
    }
  }
  return new PyMatch(p, string, sj, pos, endpos, marks, regs[p.prog.lastIndexReg]);
}
