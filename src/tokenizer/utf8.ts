// UTF-8 widths of UTF-16 text, for CPython's byte-based columns. A lone U+DC80..U+DCFF
// stands for one undecodable source byte (see decode.ts) and is one byte wide.

/** UTF-8 length of s[from, to). */
export function utf8Width(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else if (c >= 0xdc80 && c <= 0xdcff) n += 1;
    else n += 3;
  }
  return n;
}
