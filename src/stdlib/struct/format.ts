// Parsing of struct format strings (Modules/_struct.c prepare_s): an optional byte
// order character, then items `[count]code` with whitespace allowed between items.
// Sizes and alignment are x86-64 Linux's for native mode ('@').

/** How a format lays out its data. */
export const enum Mode {
  /** '@': native sizes and alignment, little-endian */
  Native,
  /** '<' and '=' on a little-endian host */
  Little,
  /** '>' and '!' */
  Big,
}

/** One code of the format; a count > 1 of a numeric code repeats it. */
export interface Item {
  code: string;
  /** repeat count, or the byte length for 's' / 'p' */
  count: number;
  /** bytes per repetition */
  size: number;
  /** offset of the first repetition */
  offset: number;
}

export interface Layout {
  mode: Mode;
  items: Item[];
  size: number;
  /** how many values pack() takes / unpack() returns */
  nargs: number;
}

const NATIVE_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, e: 2, f: 4, d: 8, s: 1, p: 1, P: 8 };
const STD_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };

/** Raised as struct.error by the caller. */
export class FormatError extends Error {}

const MAX_SIZE = 2 ** 53;

export function parseFormat(fmt: string): Layout {
  if (fmt.includes("\0")) throw new FormatError("embedded null character");
  let i = 0;
  let mode = Mode.Native;
  const c0 = fmt[0];
  if (c0 === "@") i = 1;
  else if (c0 === "<" || c0 === "=") (mode = Mode.Little), (i = 1);
  else if (c0 === ">" || c0 === "!") (mode = Mode.Big), (i = 1);
  const table = mode === Mode.Native ? NATIVE_SIZE : STD_SIZE;
  const items: Item[] = [];
  let size = 0;
  let nargs = 0;
  while (i < fmt.length) {
    let c = fmt[i];
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f") {
      i++;
      continue;
    }
    let count = 1;
    if (c >= "0" && c <= "9") {
      count = 0;
      while (i < fmt.length && fmt[i] >= "0" && fmt[i] <= "9") {
        count = count * 10 + (fmt.charCodeAt(i) - 48);
        if (count > MAX_SIZE) throw new FormatError("total struct size too long");
        i++;
      }
      if (i >= fmt.length) throw new FormatError("repeat count given without format specifier");
      c = fmt[i];
    }
    const isz = Object.prototype.hasOwnProperty.call(table, c) ? table[c] : undefined;
    if (isz === undefined) throw new FormatError("bad char in struct format");
    i++;
    if (mode === Mode.Native && isz > 1) size = Math.ceil(size / isz) * isz;
    if (c === "s" || c === "p") {
      items.push({ code: c, count, size: count, offset: size });
      size += count;
      nargs++;
    } else {
      if (count > 0) items.push({ code: c, count, size: isz, offset: size });
      size += count * isz;
      if (c !== "x") nargs += count;
    }
    if (size > MAX_SIZE) throw new FormatError("total struct size too long");
  }
  return { mode, items, size, nargs };
}
