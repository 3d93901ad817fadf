#!/usr/bin/env python3
"""Writes src/runtime/text/unicodedata-data.ts: the Unicode Character Database
properties that the unicodedata module needs and pycell's str tables do not carry
(bidirectional class, combining class, East Asian width, mirrored, decomposition,
decimal/digit/numeric values), for Unicode 14.0 and for the Unicode 3.2 view that
unicodedata.ucd_3_2_0 gives, plus the name aliases and named sequences that lookup()
accepts.

The values are Unicode Character Database data, read through python3's own
unicodedata at generation time (so they match the reference exactly). Aliases and
named sequences come from the UCD files that Perl ships (NameAliases via unicore/
Name.pl, NamedSequences.txt), each entry kept only if python3's lookup() agrees.

Encoding (decoded by src/runtime/text/unicodedata-tables.ts): unsigned integers are
packed as src/runtime/text/packed-ints.ts describes (base 32 in printable ASCII). A run
table is a sequence of (run length, value index) pairs covering 0..0x10FFFF. A value
table ("numeric" and "decomposition" kinds) is a sequence of entries, each starting
with the distance from the end of the previous entry.

Run: python3 scripts/gen_unicodedata.py
"""
import json
import re
import unicodedata
from packed_ints import num

N = 0x110000
OUT = "src/runtime/text/unicodedata-data.ts"
ALIASES_OUT = "src/parser/unicode-name-aliases.ts"
PERL = "/usr/share/perl/5.36.0/unicore"


def run_table(prop):
    """(values, encoded runs) of prop over every code point."""
    values = []
    index = {}
    out = []
    start = 0
    cur = prop(chr(0))
    for cp in range(1, N + 1):
        v = prop(chr(cp)) if cp < N else None
        if cp < N and v == cur:
            continue
        if cur not in index:
            index[cur] = len(values)
            values.append(cur)
        out.append(num(cp - start) + num(index[cur]))
        start, cur = cp, v
    return values, "".join(out)


def fraction_text(ucd, ch, fn):
    """A numeric value as exact text ('1/3', '216000') recovered from the float."""
    v = getattr(ucd, fn)(ch, None)
    if v is None:
        return None
    if fn != "numeric" or v == int(v):
        return str(int(v))
    for den in range(2, 400):
        if abs(round(v * den) - v * den) < 1e-9 and round(v * den) / den == v:
            return f"{round(v * den)}/{den}"
    raise SystemExit(f"no fraction for {ch!r}: {v}")


def value_runs(ucd, fn):
    """Entries (gap, length, value index): consecutive code points whose values go up
    by one (0..9 digits) share an entry."""
    values = []
    index = {}
    out = []
    pos = 0
    cp = 0
    while cp < N:
        t = fraction_text(ucd, chr(cp), fn)
        if t is None:
            cp += 1
            continue
        length = 1
        if "/" not in t:
            while cp + length < N and fraction_text(ucd, chr(cp + length), fn) == str(int(t) + length):
                length += 1
        if t not in index:
            index[t] = len(values)
            values.append(t)
        out.append(num(cp - pos) + num(length) + num(index[t]))
        cp += length
        pos = cp
    return values, "".join(out)


TAGS = ["", "<circle>", "<compat>", "<final>", "<font>", "<fraction>", "<initial>", "<isolated>",
        "<medial>", "<narrow>", "<noBreak>", "<small>", "<square>", "<sub>", "<super>", "<vertical>", "<wide>"]


def decomposition_entries(pick):
    """Entries (gap, tag index, count, code points...) for the code points pick keeps;
    pick returns the decomposition text or None to skip."""
    out = []
    pos = 0
    for cp in range(N):
        d = pick(cp)
        if d is None:
            continue
        parts = d.split()
        tag = 0
        if parts and parts[0].startswith("<"):
            tag = TAGS.index(parts[0])
            parts = parts[1:]
        out.append(num(cp - pos) + num(tag) + num(len(parts)) + "".join(num(int(p, 16)) for p in parts))
        pos = cp + 1
    return "".join(out)


def aliases():
    text = open(f"{PERL}/Name.pl", encoding="utf-8").read()
    body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
    found = {}
    for block in body.split("\n\n"):
        lines = block.strip().split("\n")
        if len(lines) != 2 or " " in lines[0]:
            continue
        cp = int(lines[0], 16)
        name = lines[1]
        if unicodedata.name(chr(cp), None) == name or name in found:
            continue
        try:
            if unicodedata.lookup(name) == chr(cp):
                found[name] = cp
        except KeyError:
            pass
    return found


def named_sequences():
    found = {}
    for line in open(f"{PERL}/NamedSequences.txt", encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, cps = line.split(";")
        seq = "".join(chr(int(c, 16)) for c in cps.split())
        if unicodedata.lookup(name) == seq:
            found[name] = [ord(c) for c in seq]
    return found


def main():
    u, old = unicodedata, unicodedata.ucd_3_2_0
    data = {}
    for key, ucd in (("v14", u), ("v32", old)):
        t = {}
        for prop in ("bidirectional", "combining", "east_asian_width", "mirrored"):
            t[prop] = run_table(getattr(ucd, prop))
        for fn in ("decimal", "digit", "numeric"):
            t[fn] = value_runs(ucd, fn)
        data[key] = t
    data["v32"]["category"] = run_table(old.category)
    data["v14"]["decomposition"] = decomposition_entries(lambda cp: u.decomposition(chr(cp)) or None)
    data["v32"]["decomposition"] = decomposition_entries(
        lambda cp: old.decomposition(chr(cp)) if old.decomposition(chr(cp)) != u.decomposition(chr(cp)) else None)
    # NFC/NFD of Unicode 3.2 differ from today's for a few characters whose
    # decomposition was corrected later (CPython's normalization_3_2_0 list): their
    # 3.2 normalized form, found by probing
    corrected = {cp: [ord(c) for c in old.normalize("NFD", chr(cp))] for cp in range(N)
                 if old.category(chr(cp)) != "Cn" and old.normalize("NFD", chr(cp)) != u.normalize("NFD", chr(cp))}
    al = aliases()
    seqs = named_sequences()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(f"// Generated by scripts/gen_unicodedata.py from the Unicode Character Database "
                f"{u.unidata_version} (and its 3.2 view), read through python3's unicodedata. Do not edit.\n")
        f.write("// Encoding: see the generator's docstring.\n")
        for key in ("v14", "v32"):
            f.write(f"export const {key.upper()} = {{\n")
            for prop, val in data[key].items():
                f.write(f"  {prop}: {json.dumps(val, ensure_ascii=False)},\n")
            f.write("};\n")
        f.write(f"export const DECOMPOSITION_TAGS = {json.dumps(TAGS)};\n")
        f.write(f"export const NFD_CORRECTED_3_2: Record<number, number[]> = {json.dumps(corrected)};\n")
        f.write(f"export const NAMED_SEQUENCES: Record<string, number[]> = {json.dumps(seqs)};\n")
    with open(ALIASES_OUT, "w", encoding="utf-8") as f:
        f.write(f"// Generated by scripts/gen_unicodedata.py: the Unicode {u.unidata_version} name aliases "
                "(NameAliases.txt) that python3's unicodedata.lookup accepts. Do not edit.\n")
        f.write(f"export const NAME_ALIASES: Record<string, number> = {json.dumps(al)};\n")
    print(OUT, "aliases", len(al), "sequences", len(seqs), "corrected", corrected)


main()
