// sys.getsizeof of a str as CPython reports it: a compact PEP 393 object, whose header
// is 48 bytes for pure ASCII and 72 otherwise, plus one code unit per character and a
// terminating NUL, the unit being 1, 2 or 4 bytes after the widest character.
export function strSizeof(s: string): number {
  let widest = 0;
  let len = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c > widest) widest = c;
    len++;
  }
  if (widest < 0x80) return 48 + len + 1;
  const unit = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
  return 72 + unit * (len + 1);
}
