// The integer packing of the generated Unicode and codec tables (scripts/gen_unicodedata.py,
// scripts/gen_charmaps.py): base 32, most significant digit first, every digit but the
// last written as chr(0x28 + d) ('(' .. 'G') and the last as chr(0x5D + d) (']' .. '|').
// Plain printable ASCII without quotes or backslashes, so the bundler copies the
// strings byte for byte instead of escaping them.

/** Reads the packed integers of a string one after another. */
export class PackedReader {
  i = 0;
  constructor(readonly s: string) {}
  done(): boolean {
    return this.i >= this.s.length;
  }
  next(): number {
    let n = 0;
    for (;;) {
      const c = this.s.charCodeAt(this.i++);
      if (c >= 0x5d) return n * 32 + (c - 0x5d);
      n = n * 32 + (c - 0x28);
    }
  }
}
