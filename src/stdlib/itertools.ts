// itertools: lazy iterator building blocks, written from the itertools documentation.
// Every iterator is a PyObject with a `$next` (see runtime/iter.ts), so loops over them
// never allocate a StopIteration. Messages and reprs are CPython 3.11's.
import { PyObject, PyFloat, type PyValue } from "../runtime/object.js";
import { MAX_ITEMS, tooManyItems } from "../runtime/mem-limit.js";
import { PyType } from "../runtime/type.js";
import { T } from "../runtime/types.js";
import { raise } from "../runtime/raise.js";
import { method } from "../runtime/descriptors.js";
import { PyBuiltin, type KwNames } from "../runtime/function.js";
import { PyClassMethod, PyStaticMethod } from "../runtime/property.js";
import { registerModule, importModule } from "../runtime/modules.js";
import { getattr } from "../runtime/attributes.js";
import { ctors } from "../runtime/klass.js";
import { getIter, nextOrStop } from "../runtime/iter.js";
import { callv } from "../runtime/call.js";
import { tuple, PyTuple, PyList } from "../runtime/containers.js";
import { add, pyRepr, pyEqBool, truthy, typeOf, typeName, isIndex, indexValue, callSpecial } from "../runtime/ops.js";
import { intAdd } from "../runtime/int.js";
import { makeGenericAlias } from "../runtime/generic-alias.js";

type Ctor = (args: PyValue[], kw: Map<string, PyValue> | null) => PyObject;

const allTypes = new Map<string, PyType>();

/** A built-in iterator type `itertools.<name>`, constructed by `make` both when the
 * type is called and through `__new__` (so Python subclasses work too). */
function itType(name: string, make: Ctor): PyType {
  const t = new PyType(`itertools.${name}`, [T.object]);
  t.qualname = name;
  t.computeMro();
  t.attrs.set("__module__", "itertools");
  method(t, "__iter__", 0, 0, (s) => s);
  method(t, "__next__", 0, 0, (s) => nextOrStop(s as PyObject));
  const build = (args: PyValue[], kwnames: KwNames): PyObject => {
    const npos = args.length - (kwnames?.length ?? 0);
    const kw = kwnames ? new Map(kwnames.map((k, i): [string, PyValue] => [k, args[npos + i]])) : null;
    return make(args.slice(0, npos), kw);
  };
  ctors.set(t, build);
  const newFn = (a: PyValue[], kw: Map<string, PyValue> | null): PyValue => {
    const cls = a[0];
    if (!(cls instanceof PyType) || !cls.isSubtypeOf(t)) raise("TypeError", `${name}.__new__(X): X is not a subtype of ${name}`);
    // cycle_new and friends: a subclass with its own __init__ gets the keywords there
    if (cls !== t && cls.lookup("__init__") !== t.lookup("__init__")) kw = null;
    const o = make(a.slice(1), kw);
    if (cls !== t) o.$cls = cls;
    return o;
  };
  t.attrs.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (...a: PyValue[]) => newFn(a, null), 1, Infinity, newFn, undefined, `${name}.__new__`)));
  allTypes.set(name, t);
  return t;
}

// ---- argument helpers (getargs.c / Argument Clinic messages) ----
function noKw(name: string, kw: Map<string, PyValue> | null): void {
  if (kw && kw.size) raise("TypeError", `${name}() takes no keyword arguments`);
}
function exactArgs(name: string, args: PyValue[], n: number): void {
  if (args.length !== n) raise("TypeError", `${name} expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}
/** Positional-or-keyword parameters, as Argument Clinic parses them. */
function params(fname: string, args: PyValue[], kw: Map<string, PyValue> | null, names: string[], required: number): (PyValue | undefined)[] {
  if (args.length > names.length) raise("TypeError", `${fname}() takes at most ${names.length} argument${names.length === 1 ? "" : "s"} (${args.length} given)`);
  const out: (PyValue | undefined)[] = names.map((_, i) => args[i]);
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) raise("TypeError", `'${k}' is an invalid keyword argument for ${fname}()`);
      if (out[i] !== undefined) raise("TypeError", `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < required; i++) if (out[i] === undefined) raise("TypeError", `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  return out;
}
const iterOf = (v: PyValue): PyObject => getIter(v);

// ---- count ----
class Count extends PyObject {
  constructor(public cur: PyValue, readonly step: PyValue) {
    super();
  }
}
Count.prototype.$next = function (this: Count) {
  const v = this.cur;
  const s = this.step;
  this.cur = typeof v === "number" && typeof s === "number" ? intAdd(v, s) : add(v, s);
  return v;
};
const isNumber = (v: PyValue): boolean => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyFloat || (v !== null && typeof v === "object" && (v.$cls === T.complex || ["__index__", "__int__", "__float__", "__complex__"].some((n) => v.$cls.lookup(n) != null)));
const countType = itType("count", (args, kw) => {
  const [start, step] = params("count", args, kw, ["start", "step"], 0);
  const a = start ?? 0, b = step ?? 1;
  if (!isNumber(a) || !isNumber(b)) raise("TypeError", "a number is required");
  return new Count(typeof a === "boolean" ? (a ? 1 : 0) : a, typeof b === "boolean" ? (b ? 1 : 0) : b);
});
Count.prototype.$cls = countType;
method(countType, "__repr__", 0, 0, (s) => {
  const c = s as Count;
  const name = typeOf(c).heap ? typeOf(c).name : "count";
  const stepIsOne = (typeof c.step === "number" && c.step === 1);
  return stepIsOne ? `${name}(${pyRepr(c.cur)})` : `${name}(${pyRepr(c.cur)}, ${pyRepr(c.step)})`;
});

// ---- cycle ----
class Cycle extends PyObject {
  saved: PyValue[] = [];
  i = 0;
  firstPass = true;
  /** set by __setstate__ when the saved items are complete: the rest of src is
   * replayed without being saved again */
  replay = false;
  constructor(public src: PyObject) {
    super();
  }
}
Cycle.prototype.$next = function (this: Cycle) {
  if (this.firstPass) {
    const v = this.src.$next();
    if (v !== undefined) {
      if (!this.replay) this.saved.push(v);
      return v;
    }
    this.firstPass = false;
  }
  if (this.saved.length === 0) return undefined;
  const v = this.saved[this.i];
  this.i = (this.i + 1) % this.saved.length;
  return v;
};
Cycle.prototype.$cls = itType("cycle", (args, kw) => {
  noKw("cycle", kw);
  exactArgs("cycle", args, 1);
  return new Cycle(iterOf(args[0]));
});

// ---- repeat ----
class Repeat extends PyObject {
  constructor(readonly obj: PyValue, public left: number) {
    super();
  }
}
Repeat.prototype.$next = function (this: Repeat) {
  if (this.left === 0) return undefined;
  if (this.left > 0) this.left--;
  return this.obj;
};
const repeatType = itType("repeat", (args, kw) => {
  const [obj, times] = params("repeat", args, kw, ["object", "times"], 1);
  let n = -1;
  if (times !== undefined) {
    n = indexValue(times, true);
    if (n < 0) n = 0;
  }
  return new Repeat(obj!, n);
});
Repeat.prototype.$cls = repeatType;
method(repeatType, "__repr__", 0, 0, (s) => {
  const r = s as Repeat;
  return r.left < 0 ? `repeat(${pyRepr(r.obj)})` : `repeat(${pyRepr(r.obj)}, ${r.left})`;
});
method(repeatType, "__length_hint__", 0, 0, (s) => {
  if ((s as Repeat).left < 0) raise("TypeError", "len() of unsized object");
  return (s as Repeat).left;
});

// ---- accumulate ----
class Accumulate extends PyObject {
  total: PyValue | undefined;
  started = false;
  constructor(readonly src: PyObject, readonly fn: PyValue, readonly initial: PyValue | undefined) {
    super();
  }
}
Accumulate.prototype.$next = function (this: Accumulate) {
  if (!this.started) {
    this.started = true;
    if (this.initial !== undefined) {
      this.total = this.initial;
      return this.initial;
    }
  }
  const v = this.src.$next();
  if (v === undefined) return undefined;
  if (this.total === undefined) this.total = v;
  else this.total = this.fn === null ? add(this.total, v) : callv(this.fn, [this.total, v], null);
  return this.total;
};
Accumulate.prototype.$cls = itType("accumulate", (args, kw) => {
  const [it, fn, initial] = params("accumulate", args, kw, ["iterable", "func", "initial"], 1);
  if (args.length > 2) raise("TypeError", `accumulate() takes at most 2 positional arguments (${args.length} given)`);
  return new Accumulate(iterOf(it!), fn ?? null, initial === undefined || initial === null ? undefined : initial);
});

// ---- chain ----
class Chain extends PyObject {
  cur: PyObject | null = null;
  constructor(public sources: PyObject) {
    super();
  }
}
Chain.prototype.$next = function (this: Chain) {
  for (;;) {
    if (this.cur === null) {
      const nxt = this.sources.$next();
      if (nxt === undefined) return undefined;
      this.cur = iterOf(nxt);
    }
    const v = this.cur.$next();
    if (v !== undefined) return v;
    this.cur = null;
  }
};
const chainType = itType("chain", (args, kw) => {
  noKw("chain", kw);
  return new Chain(getIter(tuple(args)));
});
Chain.prototype.$cls = chainType;
chainType.attrs.set("from_iterable", new PyClassMethod(new PyBuiltin("from_iterable", (cls, it) => {
  const c = new Chain(iterOf(it));
  if (cls !== chainType) c.$cls = cls as PyType;
  return c;
}, 2, 2, null, undefined, "chain.from_iterable")));
chainType.attrs.set("__class_getitem__", new PyClassMethod(new PyBuiltin("__class_getitem__", (cls, k) => makeGenericAlias(cls as PyType, k), 2, 2)));

// ---- compress, dropwhile, takewhile, filterfalse, starmap ----
class Compress extends PyObject {
  constructor(readonly data: PyObject, readonly sel: PyObject) {
    super();
  }
}
Compress.prototype.$next = function (this: Compress) {
  for (;;) {
    const d = this.data.$next();
    if (d === undefined) return undefined;
    const s = this.sel.$next();
    if (s === undefined) return undefined;
    if (truthy(s)) return d;
  }
};
Compress.prototype.$cls = itType("compress", (args, kw) => {
  const [data, sel] = params("compress", args, kw, ["data", "selectors"], 2);
  return new Compress(iterOf(data!), iterOf(sel!));
});

class DropWhile extends PyObject {
  dropping = true;
  constructor(readonly pred: PyValue, readonly src: PyObject) {
    super();
  }
}
DropWhile.prototype.$next = function (this: DropWhile) {
  for (;;) {
    const v = this.src.$next();
    if (v === undefined) return undefined;
    if (!this.dropping) return v;
    if (!truthy(callv(this.pred, [v], null))) {
      this.dropping = false;
      return v;
    }
  }
};
DropWhile.prototype.$cls = itType("dropwhile", (args, kw) => {
  noKw("dropwhile", kw);
  exactArgs("dropwhile", args, 2);
  return new DropWhile(args[0], iterOf(args[1]));
});

class TakeWhile extends PyObject {
  done = false;
  constructor(readonly pred: PyValue, readonly src: PyObject) {
    super();
  }
}
TakeWhile.prototype.$next = function (this: TakeWhile) {
  if (this.done) return undefined;
  const v = this.src.$next();
  if (v === undefined) return undefined;
  if (truthy(callv(this.pred, [v], null))) return v;
  this.done = true;
  return undefined;
};
TakeWhile.prototype.$cls = itType("takewhile", (args, kw) => {
  noKw("takewhile", kw);
  exactArgs("takewhile", args, 2);
  return new TakeWhile(args[0], iterOf(args[1]));
});

class FilterFalse extends PyObject {
  constructor(readonly pred: PyValue, readonly src: PyObject) {
    super();
  }
}
FilterFalse.prototype.$next = function (this: FilterFalse) {
  for (;;) {
    const v = this.src.$next();
    if (v === undefined) return undefined;
    if (!truthy(this.pred === null ? v : callv(this.pred, [v], null))) return v;
  }
};
FilterFalse.prototype.$cls = itType("filterfalse", (args, kw) => {
  noKw("filterfalse", kw);
  exactArgs("filterfalse", args, 2);
  return new FilterFalse(args[0], iterOf(args[1]));
});

class StarMap extends PyObject {
  constructor(readonly fn: PyValue, readonly src: PyObject) {
    super();
  }
}
StarMap.prototype.$next = function (this: StarMap) {
  const v = this.src.$next();
  if (v === undefined) return undefined;
  const a = v instanceof PyTuple && !v.$cls.heap ? v.a : arrayOf(v);
  return callv(this.fn, a, null);
};
function arrayOf(v: PyValue): PyValue[] {
  const it = iterOf(v);
  const out: PyValue[] = [];
  for (let x = it.$next(); x !== undefined; x = it.$next()) if (out.push(x) >= MAX_ITEMS) tooManyItems();
  return out;
}
StarMap.prototype.$cls = itType("starmap", (args, kw) => {
  noKw("starmap", kw);
  exactArgs("starmap", args, 2);
  return new StarMap(args[0], iterOf(args[1]));
});

// ---- islice ----
const MAXSIZE = 9223372036854775807;
class ISlice extends PyObject {
  cnt = 0;
  constructor(public src: PyObject | null, public next: number, readonly stop: number, readonly step: number) {
    super();
  }
}
// islice_next: skip up to `next`, yield one item, then aim at `next + step` (clamped
// to stop, so the items up to `stop` are consumed as in CPython)
ISlice.prototype.$next = function (this: ISlice) {
  const it = this.src;
  if (it === null) return undefined;
  while (this.cnt < this.next) {
    if (it.$next() === undefined) {
      this.src = null;
      return undefined;
    }
    this.cnt++;
  }
  if (this.stop !== -1 && this.cnt >= this.stop) {
    this.src = null;
    return undefined;
  }
  const v = it.$next();
  if (v === undefined) {
    this.src = null;
    return undefined;
  }
  this.cnt++;
  const old = this.next;
  this.next += this.step;
  if (this.next < old || (this.stop !== -1 && this.next > this.stop)) this.next = this.stop;
  return v;
};
function sliceArg(v: PyValue | undefined, dflt: number, msg: string): number {
  if (v === undefined || v === null) return dflt;
  if (!isIndex(v)) raise("ValueError", msg);
  const n = indexValue(v, true);
  if (n < 0 || n > MAXSIZE) raise("ValueError", msg);
  return n;
}
ISlice.prototype.$cls = itType("islice", (args, kw) => {
  noKw("islice", kw);
  if (args.length < 2) raise("TypeError", `islice expected at least 2 arguments, got ${args.length}`);
  if (args.length > 4) raise("TypeError", `islice expected at most 4 arguments, got ${args.length}`);
  const STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const IDX = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  let start = 0, stop = -1, step = 1;
  if (args.length === 2) stop = sliceArg(args[1], -1, STOP);
  else {
    start = sliceArg(args[1], 0, IDX);
    stop = sliceArg(args[2], -1, STOP);
    if (args.length === 4) {
      step = sliceArg(args[3], 1, "Step for islice() must be a positive integer or None.");
      if (step === 0) raise("ValueError", "Step for islice() must be a positive integer or None.");
    }
  }
  return new ISlice(iterOf(args[0]), start, stop, step);
});

// ---- pairwise ----
class Pairwise extends PyObject {
  old: PyValue | undefined = undefined;
  done = false;
  constructor(readonly src: PyObject) {
    super();
  }
}
Pairwise.prototype.$next = function (this: Pairwise) {
  if (this.done) return undefined;
  // `old` stays a local: a source that re-enters this pairwise may replace this.old
  // meanwhile, and the pair still pairs what this call saw (pairwise_next)
  let old = this.old;
  if (old === undefined) {
    old = this.old = this.src.$next();
    if (old === undefined) {
      this.done = true;
      return undefined;
    }
  }
  const v = this.src.$next();
  if (v === undefined) {
    this.done = true;
    this.old = undefined;
    return undefined;
  }
  this.old = v;
  return tuple([old, v]);
};
Pairwise.prototype.$cls = itType("pairwise", (args, kw) => {
  noKw("pairwise", kw);
  exactArgs("pairwise", args, 1);
  return new Pairwise(iterOf(args[0]));
});

// ---- zip_longest ----
class ZipLongest extends PyObject {
  active: number;
  constructor(readonly its: (PyObject | null)[], public fill: PyValue) {
    super();
    this.active = its.length;
  }
}
ZipLongest.prototype.$next = function (this: ZipLongest) {
  if (this.its.length === 0 || this.active === 0) return undefined;
  const out: PyValue[] = new Array(this.its.length);
  for (let i = 0; i < this.its.length; i++) {
    const it = this.its[i];
    if (it === null) {
      out[i] = this.fill;
      continue;
    }
    const v = it.$next();
    if (v === undefined) {
      this.its[i] = null;
      this.active--;
      if (this.active === 0) return undefined;
      out[i] = this.fill;
    } else out[i] = v;
  }
  return tuple(out);
};
ZipLongest.prototype.$cls = itType("zip_longest", (args, kw) => {
  let fill: PyValue = null;
  if (kw) {
    for (const [k, v] of kw) {
      if (k !== "fillvalue") raise("TypeError", "zip_longest() got an unexpected keyword argument");
      fill = v;
    }
  }
  return new ZipLongest(args.map(getIter), fill);
});

// ---- groupby ----
class GroupBy extends PyObject {
  curKey: PyValue = null;
  curVal: PyValue | undefined = undefined;
  tgtKey: PyValue | undefined = undefined;
  group: Grouper | null = null;
  constructor(readonly src: PyObject, readonly keyfn: PyValue) {
    super();
  }
  /** fetch the next item and its key; false when the source is exhausted */
  step(): boolean {
    const v = this.src.$next();
    if (v === undefined) return false;
    this.curKey = this.keyfn === null ? v : callv(this.keyfn, [v], null);
    this.curVal = v;
    return true;
  }
}
class Grouper extends PyObject {
  constructor(readonly parent: GroupBy, readonly key: PyValue) {
    super();
  }
}
// A new group invalidates the previous grouper: they share the one source iterator.
GroupBy.prototype.$next = function (this: GroupBy) {
  this.group = null;
  for (;;) {
    if (this.curVal === undefined) {
      if (!this.step()) return undefined;
    } else if (this.tgtKey !== undefined && pyEqBool(this.tgtKey, this.curKey)) {
      if (!this.step()) {
        this.curVal = undefined;
        return undefined;
      }
    } else break;
  }
  this.tgtKey = this.curKey;
  const g = new Grouper(this, this.curKey);
  this.group = g;
  return tuple([this.curKey, g]);
};
Grouper.prototype.$next = function (this: Grouper) {
  const p = this.parent;
  if (p.group !== this) return undefined;
  if (p.curVal === undefined && !p.step()) return undefined;
  if (!pyEqBool(this.key, p.curKey)) return undefined;
  const v = p.curVal!;
  p.curVal = undefined;
  return v;
};
GroupBy.prototype.$cls = itType("groupby", (args, kw) => {
  const [it, key] = params("groupby", args, kw, ["iterable", "key"], 1);
  return new GroupBy(iterOf(it!), key ?? null);
});
// _grouper(parent, key) is how a pickled grouper is rebuilt: it becomes the current group
Grouper.prototype.$cls = itType("_grouper", (args, kw) => {
  noKw("_grouper", kw);
  exactArgs("_grouper", args, 2);
  const parent = args[0];
  if (!(parent instanceof GroupBy)) raise("TypeError", `_grouper() argument 1 must be itertools.groupby, not ${typeName(parent)}`);
  const g = new Grouper(parent, args[1]);
  parent.group = g;
  return g;
});

// ---- tee ----
interface TeeNode {
  v: PyValue;
  next: TeeNode | null;
}
/** The source shared by a family of tee iterators: a linked list of fetched values,
 * so values seen by every iterator are freed. */
class TeeSource {
  done = false;
  running = false;
  constructor(readonly src: PyObject) {}
}
class Tee extends PyObject {
  constructor(readonly shared: TeeSource, public at: TeeNode) {
    super();
  }
}
Tee.prototype.$next = function (this: Tee) {
  let n = this.at.next;
  if (n === null) {
    if (this.shared.done) return undefined;
    // the source calling back into its own tee family (teedataobject_getitem)
    if (this.shared.running) raise("RuntimeError", "cannot re-enter the tee iterator");
    this.shared.running = true;
    let v: PyValue | undefined;
    try {
      v = this.shared.src.$next();
    } finally {
      this.shared.running = false;
    }
    if (v === undefined) {
      this.shared.done = true;
      return undefined;
    }
    n = this.at.next = { v, next: null };
  }
  this.at = n;
  return n.v;
};
const teeType = itType("_tee", (args, kw) => {
  noKw("_tee", kw);
  exactArgs("_tee", args, 1);
  return teeOf(args[0]);
});
Tee.prototype.$cls = teeType;
function teeOf(iterable: PyValue): Tee {
  const it = getIter(iterable);
  if (it instanceof Tee) return new Tee(it.shared, it.at);
  return new Tee(new TeeSource(it), { v: null, next: null });
}
method(teeType, "__copy__", 0, 0, (s) => new Tee((s as Tee).shared, (s as Tee).at));
const tee = new PyBuiltin("tee", (...a: PyValue[]) => {
  if (a.length < 1 || a.length > 2) raise("TypeError", `tee expected ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${a.length}`);
  const n = a.length > 1 ? indexValue(a[1], true) : 2;
  if (n < 0) raise("ValueError", "n must be >= 0");
  if (n === 0) return tuple([]);
  const it = getIter(a[0]);
  const copyable: PyValue = it.$cls.lookup("__copy__") != null ? it : teeOf(it);
  const out: PyValue[] = [copyable];
  for (let i = 1; i < n; i++) out.push(copyable instanceof Tee ? new Tee(copyable.shared, copyable.at) : callSpecial(out[i - 1], "__copy__", [])!);
  return tuple(out);
}, 1, 2);

// ---- combinatorics ----
function pool(v: PyValue): PyValue[] {
  return v instanceof PyTuple && !v.$cls.heap ? v.a : arrayOf(v);
}

class Product extends PyObject {
  idx: number[] | null = null;
  done: boolean;
  constructor(readonly pools: PyValue[][]) {
    super();
    this.done = pools.some((p) => p.length === 0);
  }
}
Product.prototype.$next = function (this: Product) {
  if (this.done) return undefined;
  const pools = this.pools;
  if (this.idx === null) this.idx = pools.map(() => 0);
  else {
    // the odometer: advance the rightmost wheel, carrying to the left
    let i = pools.length - 1;
    for (; i >= 0; i--) {
      if (++this.idx[i] < pools[i].length) break;
      this.idx[i] = 0;
    }
    if (i < 0) {
      this.done = true;
      return undefined;
    }
  }
  return tuple(this.idx.map((k, i) => pools[i][k]));
};
Product.prototype.$cls = itType("product", (args, kw) => {
  let rep = 1;
  if (kw) {
    for (const [k, v] of kw) {
      if (k !== "repeat") raise("TypeError", `'${k}' is an invalid keyword argument for product()`);
      rep = indexValue(v, true);
    }
  }
  if (rep < 0) raise("ValueError", "repeat argument cannot be negative");
  const base = args.map(pool);
  const pools: PyValue[][] = [];
  for (let r = 0; r < rep; r++) pools.push(...base);
  return new Product(rep === 0 ? [] : pools);
});

function rArg(fname: string, v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === null) return dflt;
  if (!isIndex(v)) raise("TypeError", `'${typeName(v)}' object cannot be interpreted as an integer`);
  const r = indexValue(v, true);
  if (r < 0) raise("ValueError", "r must be non-negative");
  return r;
}

class Permutations extends PyObject {
  /** a permutation of 0..n-1 whose first r entries index the last tuple returned */
  indices: number[];
  /** cycles[i]: how many more values position i takes before it rotates back (the
   * algorithm of the itertools.permutations documentation; also the pickled state) */
  cycles: number[];
  started = false;
  done: boolean;
  constructor(readonly items: PyValue[], readonly r: number) {
    super();
    const n = items.length;
    this.indices = Array.from({ length: n }, (_, i) => i);
    this.cycles = Array.from({ length: r }, (_, i) => n - i);
    this.done = r > n;
  }
}
// the next r-permutation in lexicographic order
Permutations.prototype.$next = function (this: Permutations) {
  if (this.done) return undefined;
  const n = this.items.length, r = this.r, idx = this.indices, cyc = this.cycles;
  if (!this.started) this.started = true;
  else {
    let i = r - 1;
    for (; i >= 0; i--) {
      if (--cyc[i] === 0) {
        // position i has seen every remaining value: rotate it to the end
        const first = idx[i];
        for (let k = i; k < n - 1; k++) idx[k] = idx[k + 1];
        idx[n - 1] = first;
        cyc[i] = n - i;
      } else {
        const j = n - cyc[i];
        const t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
        break;
      }
    }
    if (i < 0 || n === 0) {
      this.done = true;
      return undefined;
    }
  }
  const out: PyValue[] = new Array(r);
  for (let k = 0; k < r; k++) out[k] = this.items[idx[k]];
  return tuple(out);
};
Permutations.prototype.$cls = itType("permutations", (args, kw) => {
  const [it, r] = params("permutations", args, kw, ["iterable", "r"], 1);
  const items = pool(it!).slice();
  return new Permutations(items, rArg("permutations", r, items.length));
});

class Combinations extends PyObject {
  idx: number[] | null = null;
  done: boolean;
  constructor(readonly items: PyValue[], readonly r: number, readonly repl: boolean) {
    super();
    this.done = repl ? items.length === 0 && r > 0 : r > items.length;
  }
}
Combinations.prototype.$next = function (this: Combinations) {
  if (this.done) return undefined;
  const n = this.items.length, r = this.r;
  if (this.idx === null) this.idx = Array.from({ length: r }, (_, i) => (this.repl ? 0 : i));
  else {
    const idx = this.idx;
    let i = r - 1;
    // the rightmost index that can still grow
    if (this.repl) while (i >= 0 && idx[i] === n - 1) i--;
    else while (i >= 0 && idx[i] === i + n - r) i--;
    if (i < 0) {
      this.done = true;
      return undefined;
    }
    idx[i]++;
    for (let j = i + 1; j < r; j++) idx[j] = this.repl ? idx[i] : idx[j - 1] + 1;
  }
  return tuple(this.idx.map((k) => this.items[k]));
};
Combinations.prototype.$cls = itType("combinations", (args, kw) => {
  const [it, r] = params("combinations", args, kw, ["iterable", "r"], 2);
  return new Combinations(pool(it!).slice(), rArg("combinations", r, 0), false);
});
const cwrType = itType("combinations_with_replacement", (args, kw) => {
  const [it, r] = params("combinations_with_replacement", args, kw, ["iterable", "r"], 2);
  const c = new Combinations(pool(it!).slice(), rArg("combinations_with_replacement", r, 0), true);
  c.$cls = cwrType;
  return c;
});

registerModule("itertools", (m) => {
  const d = m.$dict!;
  for (const [name, t] of allTypes) if (!name.startsWith("_")) d.setStr(name, t);
  d.setStr("_tee", teeType);
  d.setStr("_grouper", allTypes.get("_grouper")!);
  d.setStr("tee", tee);
  d.setStr("__doc__", "Functional tools for creating and using iterators.");
});

// ---- pickling (3.11's __reduce__/__setstate__ of the itertools objects) ----
// Each reduces to its type, the arguments that rebuild it from the (pickled)
// underlying iterators, and the progress made so far as the state.
const emptyIter = (): PyObject => getIter(tuple([]));
const reduce = (t: PyType, f: (s: PyObject) => PyValue): void => void method(t, "__reduce__", 0, 0, (s) => f(s as PyObject));
const setstate = (t: PyType, f: (s: PyObject, st: PyValue) => void): void => void method(t, "__setstate__", 1, 1, (s, st) => (f(s as PyObject, st), null));

reduce(countType, (s) => {
  const c = s as Count;
  return tuple([typeOf(c), tuple(typeof c.step === "number" && c.step === 1 ? [c.cur] : [c.cur, c.step])]);
});
reduce(repeatType, (s) => {
  const r = s as Repeat;
  return tuple([typeOf(r), tuple(r.left < 0 ? [r.obj] : [r.obj, r.left])]);
});
reduce(allTypes.get("compress")!, (s) => tuple([typeOf(s), tuple([(s as Compress).data, (s as Compress).sel])]));
reduce(allTypes.get("filterfalse")!, (s) => tuple([typeOf(s), tuple([(s as FilterFalse).pred, (s as FilterFalse).src])]));
reduce(allTypes.get("starmap")!, (s) => tuple([typeOf(s), tuple([(s as StarMap).fn, (s as StarMap).src])]));
reduce(allTypes.get("dropwhile")!, (s) => tuple([typeOf(s), tuple([(s as DropWhile).pred, (s as DropWhile).src]), (s as DropWhile).dropping ? 0 : 1]));
setstate(allTypes.get("dropwhile")!, (s, st) => void ((s as DropWhile).dropping = !truthy(st)));
reduce(allTypes.get("takewhile")!, (s) => tuple([typeOf(s), tuple([(s as TakeWhile).pred, (s as TakeWhile).src]), (s as TakeWhile).done ? 1 : 0]));
setstate(allTypes.get("takewhile")!, (s, st) => void ((s as TakeWhile).done = truthy(st)));
reduce(allTypes.get("islice")!, (s) => {
  const i = s as ISlice;
  if (i.src === null) return tuple([typeOf(i), tuple([emptyIter(), 0]), 0]);
  return tuple([typeOf(i), tuple([i.src, i.next, i.stop === -1 ? null : i.stop, i.step]), i.cnt]);
});
setstate(allTypes.get("islice")!, (s, st) => void ((s as ISlice).cnt = indexValue(st, true)));
reduce(allTypes.get("zip_longest")!, (s) => {
  const z = s as ZipLongest;
  return tuple([typeOf(z), tuple(z.its.map((it) => it ?? emptyIter())), z.fill]);
});
setstate(allTypes.get("zip_longest")!, (s, st) => void ((s as ZipLongest).fill = st));
reduce(chainType, (s) => {
  const c = s as Chain;
  return tuple([typeOf(c), tuple([]), tuple(c.cur === null ? [c.sources] : [c.sources, c.cur])]);
});
setstate(chainType, (s, st) => {
  const c = s as Chain;
  if (!(st instanceof PyTuple) || st.a.length < 1 || st.a.length > 2) raise("TypeError", "state is not a length 1 or 2 tuple");
  const [src, cur] = st.a;
  const isIterator = (v: PyValue): boolean => typeOf(v).lookup("__next__") !== undefined;
  if (!isIterator(src) || (cur !== undefined && !isIterator(cur))) raise("TypeError", "Arguments must be iterators.");
  c.sources = src as PyObject;
  c.cur = cur === undefined ? null : iterOf(cur);
});
reduce(allTypes.get("cycle")!, (s) => {
  const c = s as Cycle;
  const saved = new PyList(c.saved.slice());
  if (c.firstPass) return tuple([typeOf(c), tuple([c.src]), tuple([saved, c.replay])]);
  // cycling: the rest of this round, then the saved items again
  return tuple([typeOf(c), tuple([getIter(new PyList(c.saved.slice(c.i)))]), tuple([saved, true])]);
});
setstate(allTypes.get("cycle")!, (s, st) => {
  const c = s as Cycle;
  // cycle_setstate parses "(O!i)": a list and an int flag
  if (!(st instanceof PyTuple) || st.a.length !== 2 || !(st.a[0] instanceof PyList) || !isIndex(st.a[1])) raise("TypeError", "state is not a tuple of a list and a flag");
  c.saved = (st.a[0] as PyList).a.slice();
  c.replay = truthy(st.a[1]);
  c.i = 0;
});
reduce(allTypes.get("accumulate")!, (s) => {
  const a = s as Accumulate;
  const fn = a.fn;
  if (!a.started && a.initial !== undefined) {
    // the initial value still to come: rebuilt as a chain in front of the source
    const src = new Chain(getIter(tuple([tuple([a.initial]), a.src])));
    return tuple([typeOf(a), tuple([src, fn]), null]);
  }
  if (a.started && a.total === null) {
    // a None state would read as "not started": rebuild as islice(accumulate(chain((None,), src)), 1)
    const inner = new Accumulate(new Chain(getIter(tuple([tuple([null]), a.src]))), fn, undefined);
    return tuple([allTypes.get("islice")!, tuple([inner, 1, null])]);
  }
  return tuple([typeOf(a), tuple([a.src, fn]), a.total === undefined ? null : a.total]);
});
setstate(allTypes.get("accumulate")!, (s, st) => {
  const a = s as Accumulate;
  a.started = true;
  a.total = st === null ? undefined : st;
});

// ---- pickling of the combinatoric iterators and groupby ----
// State formats are 3.11's: the index tuple of the last result (product, combinations),
// permutations' (indices, cycles); a finished iterator reduces to empty pools.
/** `state` as a tuple of exactly n integers, else ValueError (C: "invalid arguments") */
function stateInts(st: PyValue, n: number, what = "invalid arguments"): number[] {
  if (!(st instanceof PyTuple) || st.a.length !== n) raise("ValueError", what);
  return st.a.map((v) => indexValue(v, true));
}
const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);
const poolsTuple = (pools: PyValue[][]): PyTuple => tuple(pools.map((p) => tuple(p)));

reduce(allTypes.get("product")!, (s) => {
  const p = s as Product;
  if (p.done && p.pools.length > 0) return tuple([typeOf(p), tuple([tuple([])])]);
  if (p.idx === null || p.done) return tuple([typeOf(p), poolsTuple(p.pools)]);
  return tuple([typeOf(p), poolsTuple(p.pools), tuple(p.idx)]);
});
setstate(allTypes.get("product")!, (s, st) => {
  const p = s as Product;
  const ix = stateInts(st, p.pools.length);
  // an empty pool means nothing is left (product_setstate)
  if (p.pools.some((q) => q.length === 0)) {
    p.done = true;
    return;
  }
  p.idx = ix.map((v, i) => clamp(v, 0, p.pools[i].length - 1));
});
reduce(allTypes.get("combinations")!, (s) => combReduce(s as Combinations));
reduce(cwrType, (s) => combReduce(s as Combinations));
function combReduce(c: Combinations): PyValue {
  if (c.done && c.idx !== null) return tuple([typeOf(c), tuple([tuple([]), c.r])]);
  if (c.idx === null || c.done) return tuple([typeOf(c), tuple([tuple(c.items), c.r])]);
  return tuple([typeOf(c), tuple([tuple(c.items), c.r]), tuple(c.idx)]);
}
const combSetstate = (s: PyObject, st: PyValue): void => {
  const c = s as Combinations;
  const n = c.items.length, r = c.r;
  const ix = stateInts(st, r);
  c.idx = ix.map((v, i) => clamp(v, 0, c.repl ? n - 1 : i + n - r));
};
setstate(allTypes.get("combinations")!, combSetstate);
setstate(cwrType, combSetstate);
reduce(allTypes.get("permutations")!, (s) => {
  const p = s as Permutations;
  if (p.done && p.started) return tuple([typeOf(p), tuple([tuple([]), p.r])]);
  if (!p.started || p.done) return tuple([typeOf(p), tuple([tuple(p.items), p.r])]);
  return tuple([typeOf(p), tuple([tuple(p.items), p.r]), tuple([tuple(p.indices), tuple(p.cycles)])]);
});
setstate(allTypes.get("permutations")!, (s, st) => {
  const p = s as Permutations;
  const n = p.items.length;
  if (!(st instanceof PyTuple)) raise("TypeError", "state is not a tuple");
  if (st.a.length !== 2) raise("ValueError", "invalid arguments");
  const ix = stateInts(st.a[0], n), cy = stateInts(st.a[1], p.r);
  p.indices = ix.map((v) => clamp(v, 0, n - 1));
  p.cycles = cy.map((v, i) => clamp(v, 1, n - i));
  p.started = true;
});
reduce(allTypes.get("groupby")!, (s) => {
  const g = s as GroupBy;
  const args = tuple([g.src, g.keyfn]);
  if (g.curVal === undefined || g.tgtKey === undefined) return tuple([typeOf(g), args]);
  return tuple([typeOf(g), args, tuple([g.curKey, g.curVal, g.tgtKey])]);
});
setstate(allTypes.get("groupby")!, (s, st) => {
  const g = s as GroupBy;
  if (!(st instanceof PyTuple)) raise("TypeError", "state is not a tuple");
  if (st.a.length !== 3) raise("TypeError", `function takes exactly 3 arguments (${st.a.length} given)`);
  [g.curKey, g.curVal, g.tgtKey] = st.a;
});
reduce(allTypes.get("_grouper")!, (s) => {
  const gr = s as Grouper;
  // a grouper its groupby has moved past is empty: it pickles as iter(())
  if (gr.parent.group !== gr) return tuple([getattr(importModule("builtins", true), "iter"), tuple([tuple([])])]);
  return tuple([typeOf(gr), tuple([gr.parent, gr.key])]);
});
