#!/usr/bin/env python3
"""Writes src/runtime/unicode-data.ts: the Unicode tables pycell's str methods need.

Python 3.11 answers every character question from Unicode 14 data; a JavaScript host
answers from its own (newer) Unicode version. The runtime therefore computes each
property as

    python(c) = (ASSIGNED_14(c) and jsBase(c)) XOR diff(c)

where jsBase is a JS property escape (\\p{L}, \\p{Nd}, ...), ASSIGNED_14 is the set of
code points assigned in python3's Unicode version (so characters added later act as
unassigned, as in CPython), and diff is a short list of code points where the two
still disagree (e.g. CJK numerals are numeric in Python but not \\p{N}). Case
mappings are handled the same way: toUpperCase/toLowerCase for assigned characters,
plus small exception maps; titlecase and casefold, which JS lacks, are stored as
differences from upper and lower.

Both sides are evaluated over all code points: python3 here, node through a child
process running the exact regexes written into the generated file.
Run: python3 scripts/gen_unicode_tables.py
"""
import json
import subprocess
import sys
import unicodedata

N = 0x110000
OUT = "src/runtime/unicode-data.ts"

# Name -> JS regex source of the base property (None: the table is the whole set).
BASE = {
    "assigned": None,
    "space": None,
    "alpha": r"\p{L}",
    "decimal": r"\p{Nd}",
    "digit": r"\p{Nd}",
    "numeric": r"\p{N}",
    "lower": r"\p{Lowercase}",
    "upper": r"\p{Uppercase}",
    "title": r"\p{Lt}",
    "printable": r"[^\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}\p{Cs}]",
    "idStart": r"\p{XID_Start}",
    "idContinue": r"\p{XID_Continue}",
    "cased": r"\p{Cased}",
    "caseIgnorable": r"\p{Case_Ignorable}",
}


def cased(ch):
    # str.title() lowercases the character after a cased one (unicodeobject.c do_title).
    return (ch + "a").title().endswith("a")


def case_ignorable(ch):
    # The Final_Sigma rule (unicodeobject.c handle_capital_sigma) skips case-ignorable
    # characters on both sides of U+03A3; probe it from the side that tells them apart.
    if cased(ch):
        return ("A\u03a3" + ch).lower()[1] == "\u03c2"
    return ("A" + ch + "\u03a3").lower().endswith("\u03c2")


PY = {
    "assigned": lambda ch: unicodedata.category(ch) != "Cn",
    "space": str.isspace,
    "alpha": str.isalpha,
    "decimal": str.isdecimal,
    "digit": str.isdigit,
    "numeric": str.isnumeric,
    "lower": str.islower,
    "upper": str.isupper,
    "title": lambda ch: unicodedata.category(ch) == "Lt",
    "printable": str.isprintable,
    "idStart": str.isidentifier,  # XID_Start or '_'
    "idContinue": lambda ch: ("a" + ch).isidentifier(),
    "cased": cased,
    "caseIgnorable": case_ignorable,
}

# General categories in the order the runtime tests them (unicode.ts category()).
CATEGORIES = ["Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
              "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn"]

NODE_PROG = r"""
const base = JSON.parse(process.argv[1]);
const cats = JSON.parse(process.argv[2]).map((c) => new RegExp("\\p{gc=" + c + "}", "u"));
const gc = Buffer.alloc(0x110000);
const names = Object.keys(base).filter((k) => base[k] !== null);
const res = names.map((k) => new RegExp(base[k], "u"));
const bits = Buffer.alloc(0x110000 * 2);
const up = [], lo = [];
for (let c = 0; c < 0x110000; c++) {
  const ch = String.fromCodePoint(c);
  let m = 0;
  for (let i = 0; i < res.length; i++) if (res[i].test(ch)) m |= 1 << i;
  bits.writeUInt16LE(m, c * 2);
  let k = 0;
  while (k < cats.length - 1 && !cats[k].test(ch)) k++;
  gc[c] = k;
  const u = ch.toUpperCase(), l = ch.toLowerCase();
  if (u !== ch) up.push([c, u]);
  if (l !== ch) lo.push([c, l]);
}
process.stdout.write(JSON.stringify({ names, bits: bits.toString("base64"), gc: gc.toString("base64"), up, lo, unicode: process.versions.unicode }));
"""


def ranges_of(flags):
    out, start = [], None
    for c in range(N):
        if flags[c] and start is None:
            start = c
        elif not flags[c] and start is not None:
            out.append((start, c))
            start = None
    if start is not None:
        out.append((start, N))
    return out


def encode_ranges(flags):
    """Boundaries [s0, e0, s1, e1, ...] (end exclusive) as base-36 deltas joined by ','."""
    nums, prev = [], 0
    for s, e in ranges_of(flags):
        nums += [s - prev, e - s]
        prev = e
    return ",".join(_b36(n) for n in nums)


def _b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if n == 0:
            return s


def encode_map(entries):
    """Single-code-point mappings with a common delta become runs 'start+count*delta';
    others are 'cp=hex.hex...'. Entries joined by ','."""
    parts = []
    items = sorted(entries.items())
    i = 0
    while i < len(items):
        c, m = items[i]
        if len(m) == 1:
            d = ord(m) - c
            j = i + 1
            while j < len(items) and items[j][0] == c + (j - i) and len(items[j][1]) == 1 and ord(items[j][1]) - items[j][0] == d:
                j += 1
            parts.append(f"{_b36(c)}+{_b36(j - i)}*{'-' if d < 0 else ''}{_b36(abs(d))}")
            i = j
        else:
            parts.append(f"{_b36(c)}=" + ".".join(_b36(ord(x)) for x in m))
            i += 1
    return ",".join(parts)


def main():
    import base64

    js = json.loads(subprocess.run(["node", "-e", NODE_PROG, json.dumps(BASE), json.dumps(CATEGORIES)], check=True, capture_output=True, text=True).stdout)
    bits = base64.b64decode(js["bits"])
    names = js["names"]
    chars = [chr(c) for c in range(N)]
    assigned = [PY["assigned"](ch) for ch in chars]
    tables = {}
    for name, src in BASE.items():
        py = [bool(PY[name](ch)) for ch in chars]
        if src is None:
            tables[name] = encode_ranges(py)
            continue
        bit = 1 << names.index(name)
        diff = [py[c] != (assigned[c] and bool((bits[2 * c] | bits[2 * c + 1] << 8) & bit)) for c in range(N)]
        tables[name] = encode_ranges(diff)

    # General category: the JS answer for characters assigned in Unicode 14, else Cn;
    # runs of code points where Python's category differs, as 'start+count*index'.
    gc = base64.b64decode(js["gc"])
    cat_exc = {}
    for c in range(N):
        want = CATEGORIES.index(unicodedata.category(chars[c]))
        got = gc[c] if assigned[c] else CATEGORIES.index("Cn")
        if want != got:
            cat_exc[c] = want
    cat_parts = []
    items = sorted(cat_exc.items())
    i = 0
    while i < len(items):
        j = i + 1
        while j < len(items) and items[j][0] == items[i][0] + (j - i) and items[j][1] == items[i][1]:
            j += 1
        cat_parts.append(f"{_b36(items[i][0])}+{_b36(j - i)}*{items[i][1]}")
        i = j

    js_up = dict(js["up"])
    js_lo = dict(js["lo"])
    up_exc, lo_exc, title_exc, fold_exc = {}, {}, {}, {}
    for c in range(N):
        ch = chars[c]
        pu, pl = ch.upper(), ch.lower()
        ju = js_up.get(c, ch) if assigned[c] else ch
        jl = js_lo.get(c, ch) if assigned[c] else ch
        if pu != ju:
            up_exc[c] = pu
        if pl != jl:
            lo_exc[c] = pl
        if ch.title() != pu:
            title_exc[c] = ch.title()
        if ch.casefold() != pl:
            fold_exc[c] = ch.casefold()

    lines = [
        "// Generated by scripts/gen_unicode_tables.py from python3's unicodedata "
        f"(Unicode {unicodedata.unidata_version}) and node (Unicode {js['unicode']}). Do not edit.",
        "// Range tables: base-36 numbers, alternately the gap since the previous range's end",
        "// and the range's length. Maps: 'start+count*delta' runs or 'cp=cp.cp' full mappings.",
        f'export const UNIDATA_VERSION = "{unicodedata.unidata_version}";',
        "",
        "/** JS property escapes each property starts from; null: the table is the whole set. */",
        "export const BASE: Record<PropName, RegExp | null> = {",
    ]
    for name, src in BASE.items():
        lines.append(f"  {name}: {'null' if src is None else '/' + src + '/u'},")
    lines += ["};", "", "export type PropName = " + " | ".join(f'"{n}"' for n in BASE) + ";", ""]
    lines.append("/** For base properties: code points where Python differs from the gated base. */")
    lines.append("export const TABLES: Record<PropName, string> = {")
    for name in BASE:
        lines.append(f'  {name}: "{tables[name]}",')
    lines += ["};", ""]
    for name, m in [("UPPER_EXC", up_exc), ("LOWER_EXC", lo_exc), ("TITLE_EXC", title_exc), ("FOLD_EXC", fold_exc)]:
        lines.append(f'export const {name} = "{encode_map(m)}";')
    lines.append("")
    lines.append("/** General categories, in the order category() tests them with \\p{gc=..}. */")
    lines.append("export const CATEGORIES = [" + ", ".join(f'"{c}"' for c in CATEGORIES) + "] as const;")
    lines.append(f'export const CATEGORY_EXC = "{",".join(cat_parts)}";')
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {sum(len(v) for v in tables.values())} chars of ranges, maps {len(up_exc)}/{len(lo_exc)}/{len(title_exc)}/{len(fold_exc)}", file=sys.stderr)


if __name__ == "__main__":
    main()
