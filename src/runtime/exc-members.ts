// The C-level members of the built-in exceptions (Objects/exceptions.c *_members:
// StopIteration.value, SystemExit.code, OSError.errno...). They live in each
// exception's member store (exceptions.ts excFields), not in its __dict__, so
// `vars(StopIteration(1))` is `{}` as in CPython; a subclass's `self.value = v` goes
// through the descriptor to the same store.
import type { PyValue } from "./object.js";
import { EXC, PyBaseException, excFields } from "./exceptions.js";
import { PyMember } from "./slots.js";
import { raise } from "./raise.js";
import { indexValue, typeName } from "./ops.js";
import { PyGetSet } from "./descriptors.js";

/** Members by the class that declares them (the first in the MRO to have them). */
const DECLARED: [string, string[]][] = [
  ["StopIteration", ["value"]],
  ["SystemExit", ["code"]],
  ["ImportError", ["msg", "name", "path"]],
  ["AttributeError", ["name", "obj"]],
  ["NameError", ["name"]],
  ["OSError", ["errno", "strerror", "filename", "filename2"]],
  ["SyntaxError", ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]],
  ["UnicodeError", ["encoding", "object", "start", "end", "reason"]],
];

function own(o: PyValue, cls: string, name: string): PyBaseException {
  if (!(o instanceof PyBaseException) || !o.$cls.isSubtypeOf(EXC[cls])) raise("TypeError", `descriptor '${name}' for '${cls}' objects doesn't apply to a '${typeName(o)}' object`);
  return o;
}

// OSError.characters_written (exceptions.c OSError_written_get/set): an attribute
// error while unset; stored as null then
const osErr = EXC.OSError;
const unsetWritten = (): never => raise("AttributeError", "characters_written");
osErr.attrs.set("characters_written", new PyGetSet("characters_written", osErr, (o) => {
  const v = own(o, "OSError", "characters_written").$xm?.getStr("characters_written");
  return v === undefined || v === null ? unsetWritten() : v;
}, (o, v) => {
  const e = own(o, "OSError", "characters_written");
  if (v === undefined) {
    const cur = e.$xm?.getStr("characters_written");
    if (cur === undefined || cur === null) unsetWritten();
    excFields(e).setStr("characters_written", null);
  } else excFields(e).setStr("characters_written", indexValue(v, true));
}));

for (const [cls, names] of DECLARED) {
  const t = EXC[cls];
  for (const name of names) {
    // a T_OBJECT member: unset reads as None, `del` unsets it
    t.attrs.set(name, new PyMember(name, t, (o) => own(o, cls, name).$xm?.getStr(name) ?? null, (o, v) => {
      excFields(own(o, cls, name)).setStr(name, v === undefined ? null : v);
    }));
  }
}
