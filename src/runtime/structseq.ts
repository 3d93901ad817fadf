// Struct sequences (CPython's structseq.c): tuple subclasses whose items are also
// named attributes, like sys.flags. A value is a PyTuple whose `$cls` is the type.
import type { PyValue } from "./object.js";
import { PyTuple, tuple } from "./containers.js";
import { PyType } from "./type.js";
import { T } from "./types.js";
import { PyDict } from "./dict.js";
import { method, member } from "./descriptors.js";
import { pyRepr } from "./ops.js";

/** A struct sequence type `module.name` with `fields` (all in the sequence part). */
export function structSeqType(module: string, name: string, fields: string[]): PyType {
  const t = new PyType(`${module}.${name}`, [T.tuple]);
  t.qualname = name;
  t.computeMro();
  t.attrs.set("__module__", module);
  t.attrs.set("n_fields", fields.length);
  t.attrs.set("n_sequence_fields", fields.length);
  t.attrs.set("n_unnamed_fields", 0);
  t.attrs.set("_fields", tuple(fields));
  fields.forEach((f, i) => member(t, f, (self) => (self as PyTuple).a[i]));
  // structseq_repr: "sys.flags(debug=0, ...)"
  method(t, "__repr__", 0, 0, (self) => {
    const a = (self as PyTuple).a;
    return `${t.name}(${fields.map((f, i) => `${f}=${pyRepr(a[i])}`).join(", ")})`;
  });
  // structseq_reduce: (type, (tuple(self), {}))
  method(t, "__reduce__", 0, 0, (self) => tuple([t, tuple([tuple((self as PyTuple).a.slice()), new PyDict()])]));
  return t;
}

/** An instance of a struct sequence type. */
export function structSeq(t: PyType, values: PyValue[]): PyTuple {
  const o = new PyTuple(values);
  o.$cls = t;
  return o;
}
