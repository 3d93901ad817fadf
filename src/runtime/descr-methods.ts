// Methods of getset_descriptor and member_descriptor (descrobject.c): the protocol
// methods called explicitly (`d.__get__(obj)`), the names and the repr.
import { type PyValue } from "./object.js";
import { PyType } from "./type.js";
import { raise } from "./raise.js";
import { PyGetSet, getsetType, method, getset } from "./descriptors.js";
import { memberType } from "./slots.js";
import { isInstance, typeName } from "./ops.js";

const self = (v: PyValue): PyGetSet => v as PyGetSet;

/** descrobject.c descr_check: the object must be an instance of the owner. */
function check(d: PyGetSet, o: PyValue): void {
  if (!isInstance(o, d.owner)) {
    raise("TypeError", `descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${typeName(o)}' object`);
  }
}

for (const [t, kind] of [[getsetType, "attribute"], [memberType, "member"]] as const) {
  method(t, "__get__", 1, 2, (d, o, owner) => {
    const g = self(d);
    if (o === null) {
      if (owner === undefined || owner === null) raise("TypeError", "__get__(None, None) is invalid");
      return g;
    }
    check(g, o);
    return g.get(o);
  });
  method(t, "__set__", 2, 2, (d, o, v) => {
    const g = self(d);
    check(g, o);
    if (g.set === null) raise("AttributeError", g.readonlyMember ? "readonly attribute" : `attribute '${g.name}' of '${g.owner.name}' objects is not writable`);
    g.set(o, v);
    return null;
  });
  method(t, "__delete__", 1, 1, (d, o) => {
    const g = self(d);
    check(g, o);
    if (g.set === null) raise("AttributeError", g.readonlyMember ? "readonly attribute" : `attribute '${g.name}' of '${g.owner.name}' objects is not writable`);
    g.set(o, undefined);
    return null;
  });
  method(t, "__repr__", 0, 0, (d) => `<${kind} '${self(d).name}' of '${self(d).owner.name}' objects>`);
  getset(t, "__name__", (d) => self(d).name);
  getset(t, "__qualname__", (d) => `${self(d).owner.qualname}.${self(d).name}`);
  getset(t, "__objclass__", (d): PyType => self(d).owner);
  getset(t, "__doc__", () => null);
}
