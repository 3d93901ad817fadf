// Every code point: pycell's character predicates and case mappings against python3's
// (Unicode 14 there, whatever Unicode the JS engine has here).
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { Prop, category, cpFlags, decimalValue, foldCp, lowerCp, titleCp, upperCp } from "../../src/runtime/text/unicode.js";
import { strIsidentifier, strIsprintable } from "../../src/runtime/str-methods.js";

const PY = String.raw`
import json, unicodedata, sys
preds = {
  "alpha": str.isalpha, "decimal": str.isdecimal, "digit": str.isdigit, "numeric": str.isnumeric,
  "space": str.isspace, "lower": str.islower, "upper": str.isupper, "printable": str.isprintable,
  "idStart": str.isidentifier, "idContinue": lambda c: ("a" + c).isidentifier(),
  "title": lambda c: unicodedata.category(c) == "Lt", "alnum": str.isalnum,
}
out = {}
for k, f in preds.items():
    r, start = [], None
    for c in range(0x110000):
        if f(chr(c)):
            if start is None: start = c
        elif start is not None:
            r.append([start, c]); start = None
    if start is not None: r.append([start, 0x110000])
    out[k] = r
maps = {}
for k, f in [("upper", str.upper), ("lower", str.lower), ("title", str.title), ("casefold", str.casefold)]:
    maps[k] = [[c, f(chr(c))] for c in range(0x110000) if f(chr(c)) != chr(c)]
out["maps"] = maps
out["categories"] = "".join(unicodedata.category(chr(c)) for c in range(0x110000))
out["decimal_values"] = [unicodedata.decimal(chr(c)) for r in out["decimal"] for c in range(*r)]
json.dump(out, sys.stdout)
`;

type Ranges = [number, number][];
const py = JSON.parse(execFileSync("python3", ["-c", PY], { encoding: "utf8", maxBuffer: 1 << 28 })) as Record<string, Ranges> & {
  maps: Record<string, [number, string][]>;
  decimal_values: number[];
  categories: string;
};

function rangesOf(pred: (c: number) => boolean): Ranges {
  const r: Ranges = [];
  let start = -1;
  for (let c = 0; c < 0x110000; c++) {
    if (pred(c)) {
      if (start < 0) start = c;
    } else if (start >= 0) {
      r.push([start, c]);
      start = -1;
    }
  }
  if (start >= 0) r.push([start, 0x110000]);
  return r;
}

const FLAGS = new Uint16Array(0x110000);
for (let c = 0; c < 0x110000; c++) FLAGS[c] = cpFlags(c);
const flag = (p: number) => (c: number) => (FLAGS[c] & p) !== 0;
const PREDS: Record<string, (c: number) => boolean> = {
  alpha: flag(Prop.Alpha),
  decimal: flag(Prop.Decimal),
  digit: flag(Prop.Digit),
  numeric: flag(Prop.Numeric),
  space: flag(Prop.Space),
  lower: flag(Prop.Lower),
  upper: flag(Prop.Upper),
  title: flag(Prop.Title),
  alnum: flag(Prop.Alpha | Prop.Decimal | Prop.Digit | Prop.Numeric),
  printable: (c) => strIsprintable(String.fromCodePoint(c)),
  idStart: (c) => strIsidentifier(String.fromCodePoint(c)),
  idContinue: (c) => strIsidentifier("a" + String.fromCodePoint(c)),
};

describe("unicode predicates over all code points", () => {
  for (const [name, pred] of Object.entries(PREDS)) {
    it(name, () => expect(rangesOf(pred)).toEqual(py[name]));
  }
});

describe("case mappings over all code points", () => {
  const MAPS: Record<string, (c: number) => string> = { upper: upperCp, lower: lowerCp, title: titleCp, casefold: foldCp };
  for (const [name, f] of Object.entries(MAPS)) {
    it(name, () => {
      const got: [number, string][] = [];
      for (let c = 0; c < 0x110000; c++) {
        const m = f(c);
        if (m !== String.fromCodePoint(c)) got.push([c, m]);
      }
      expect(got).toEqual(py.maps[name]);
    });
  }
  it("general categories", () => {
    const got: string[] = [];
    for (let c = 0; c < 0x110000; c++) got.push(category(c));
    const want = py.categories.match(/../g)!;
    const diffs = got.flatMap((g, c) => (g === want[c] ? [] : [[c, g, want[c]]]));
    expect(diffs).toEqual([]);
  });
  it("decimal values", () => {
    const got: number[] = [];
    for (const [a, b] of py.decimal) for (let c = a; c < b; c++) got.push(decimalValue(c));
    expect(got).toEqual(py.decimal_values);
  });
});
