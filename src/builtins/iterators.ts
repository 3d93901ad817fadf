// The lazy iterator builtins: enumerate, zip, map, filter, reversed.
import { PyObject, type PyValue } from "../runtime/object.js";
import { T } from "../runtime/types.js";
import { raise } from "../runtime/raise.js";
import { method } from "../runtime/descriptors.js";
import { getIter, nextOrStop } from "../runtime/iter.js";
import { callv } from "../runtime/call.js";
import { truthy, callSpecial, typeOf, indexValue, asInt } from "../runtime/ops.js";
import { intAdd } from "../runtime/int.js";
import { tuple, PyList, PyTuple } from "../runtime/containers.js";
import { ctors } from "../runtime/klass.js";
import { len, getitem } from "../runtime/rt.js";

export class Enumerate extends PyObject {
  constructor(readonly it: PyObject, public i: number | bigint) {
    super();
  }
}
Enumerate.prototype.$cls = T.enumerate;
Enumerate.prototype.$next = function (this: Enumerate) {
  const v = this.it.$next();
  if (v === undefined) return undefined;
  const i = this.i;
  this.i = intAdd(i, 1);
  return tuple([i, v]);
};

export class Zip extends PyObject {
  constructor(readonly its: PyObject[], public strict: boolean) {
    super();
  }
}
Zip.prototype.$cls = T.zip;
Zip.prototype.$next = function (this: Zip) {
  if (this.its.length === 0) return undefined;
  const out: PyValue[] = [];
  for (let k = 0; k < this.its.length; k++) {
    const v = this.its[k].$next();
    if (v === undefined) {
      if (this.strict) {
        if (k > 0) raise("ValueError", `zip() argument ${k + 1} is shorter than argument${k > 1 ? "s 1-" + k : " 1"}`);
        for (let j = 1; j < this.its.length; j++) if (this.its[j].$next() !== undefined) raise("ValueError", `zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
      }
      return undefined;
    }
    out.push(v);
  }
  return tuple(out);
};

export class MapIter extends PyObject {
  constructor(readonly f: PyValue, readonly its: PyObject[]) {
    super();
  }
}
MapIter.prototype.$cls = T.map;
MapIter.prototype.$next = function (this: MapIter) {
  const args: PyValue[] = [];
  for (const it of this.its) {
    const v = it.$next();
    if (v === undefined) return undefined;
    args.push(v);
  }
  return callv(this.f, args, null);
};

export class FilterIter extends PyObject {
  constructor(readonly f: PyValue, readonly it: PyObject) {
    super();
  }
}
FilterIter.prototype.$cls = T.filter;
FilterIter.prototype.$next = function (this: FilterIter) {
  for (;;) {
    const v = this.it.$next();
    if (v === undefined) return undefined;
    if (this.f === null ? truthy(v) : truthy(callv(this.f, [v], null))) return v;
  }
};

export class Reversed extends PyObject {
  constructor(readonly seq: PyValue, public i: number) {
    super();
  }
}
Reversed.prototype.$cls = T.reversed;
Reversed.prototype.$next = function (this: Reversed) {
  if (this.i < 0) return undefined;
  const s = this.seq;
  if ((s instanceof PyList || s instanceof PyTuple) && !s.$cls.heap) {
    if (this.i >= s.a.length) {
      this.i = -1;
      return undefined;
    }
    return s.a[this.i--];
  }
  return getitem(s, this.i--);
};

for (const t of [T.enumerate, T.zip, T.map, T.filter, T.reversed]) {
  method(t, "__iter__", 0, 0, (s) => s);
  method(t, "__next__", 0, 0, (s) => nextOrStop(s as PyObject));
}

ctors.set(T.enumerate, (args, kwnames) => {
  let start: PyValue = 0;
  let npos = args.length;
  if (kwnames) {
    npos -= kwnames.length;
    kwnames.forEach((k, i) => {
      if (k === "start") start = args[npos + i];
      else raise("TypeError", `'${k}' is an invalid keyword argument for enumerate()`);
    });
  }
  if (npos === 0) raise("TypeError", "enumerate() missing required argument 'iterable' (pos 1)");
  if (npos > 2) raise("TypeError", `enumerate() takes at most 2 arguments (${npos} given)`);
  if (npos === 2) start = args[1];
  const s = asInt(start);
  if (s === undefined) raise("TypeError", `'${typeOf(start).name}' object cannot be interpreted as an integer`);
  return new Enumerate(getIter(args[0]), s);
});
ctors.set(T.zip, (args, kwnames) => {
  let strict = false;
  let npos = args.length;
  if (kwnames) {
    npos -= kwnames.length;
    kwnames.forEach((k, i) => {
      if (k === "strict") strict = truthy(args[npos + i]);
      else raise("TypeError", `zip() got an unexpected keyword argument '${k}'`);
    });
  }
  // errors of iter() pass through unchanged (bltinmodule.c zip_new)
  return new Zip(args.slice(0, npos).map((a) => getIter(a)), strict);
});
ctors.set(T.map, (args, kwnames) => {
  if (kwnames) raise("TypeError", "map() takes no keyword arguments");
  if (args.length < 2) raise("TypeError", "map() must have at least two arguments.");
  return new MapIter(args[0], args.slice(1).map(getIter));
});
ctors.set(T.filter, (args, kwnames) => {
  if (kwnames) raise("TypeError", "filter() takes no keyword arguments");
  if (args.length !== 2) raise("TypeError", `filter expected 2 arguments, got ${args.length}`);
  return new FilterIter(args[0], getIter(args[1]));
});
ctors.set(T.reversed, (args, kwnames) => {
  if (kwnames) raise("TypeError", "reversed() takes no keyword arguments");
  if (args.length !== 1) raise("TypeError", `reversed expected 1 argument, got ${args.length}`);
  const s = args[0];
  // reversed_new_impl: `__reversed__ = None` declares the type not reversible
  if (typeOf(s).lookup("__reversed__") === null) raise("TypeError", `'${typeOf(s).name}' object is not reversible`);
  const r = callSpecial(s, "__reversed__", []);
  if (r !== undefined) return r;
  const t = typeOf(s);
  if (t.lookup("__getitem__") == null || t === T.dict || t.lookup("__len__") == null) raise("TypeError", `'${t.name}' object is not reversible`);
  return new Reversed(s, len(s) - 1);
});
export { indexValue };

// pickling (bltinmodule.c map_reduce, filter_reduce, zip_reduce/zip_setstate)
method(T.map, "__reduce__", 0, 0, (s) => tuple([typeOf(s), tuple([(s as MapIter).f, ...(s as MapIter).its])]));
method(T.filter, "__reduce__", 0, 0, (s) => tuple([typeOf(s), tuple([(s as FilterIter).f, (s as FilterIter).it])]));
method(T.zip, "__reduce__", 0, 0, (s) => {
  const z = s as Zip;
  return z.strict ? tuple([typeOf(z), tuple(z.its), true]) : tuple([typeOf(z), tuple(z.its)]);
});
method(T.zip, "__setstate__", 1, 1, (s, st) => (((s as Zip).strict = truthy(st)), null));
