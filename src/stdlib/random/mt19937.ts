// The Mersenne Twister MT19937 (Matsumoto & Nishimura, 1998), seeded the way CPython's
// _randommodule.c does (init_by_array over the 32-bit words of |seed|), so a seed gives
// CPython's exact sequence.

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;

export class MT19937 {
  readonly mt = new Uint32Array(N);
  /** index of the next word to temper; N means "twist first" */
  idx = N + 1;

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.idx = N;
  }

  /** init_by_array from the reference implementation. */
  seedWords(key: Uint32Array): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    const len = Math.max(key.length, 1);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, len); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + (key[j] ?? 0) + j) >>> 0;
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= len) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
    this.idx = N;
  }

  /** Seed from a non-negative integer: its 32-bit words, least significant first. */
  seedBig(n: bigint): void {
    const words: number[] = [];
    do {
      words.push(Number(n & 0xffffffffn));
      n >>= 32n;
    } while (n > 0n);
    this.seedWords(Uint32Array.from(words));
  }

  private twist(): void {
    const mt = this.mt;
    let kk = 0;
    for (; kk < N - M; kk++) {
      const y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; kk < N - 1; kk++) {
      const y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.idx = 0;
  }

  /** The next tempered 32-bit output. */
  next32(): number {
    if (this.idx >= N) this.twist();
    let y = this.mt[this.idx++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A float in [0, 1) with 53 random bits: 27 high bits of one word, 26 of the next. */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** k random bits as an integer: whole words fill from the least significant end,
   * the last (most significant) word keeps only its top bits. */
  bits(k: number): number | bigint {
    if (k <= 32) return k === 0 ? 0 : this.next32() >>> (32 - k);
    if (k <= 53) {
      const lo = this.next32();
      const hi = this.next32() >>> (64 - k);
      return hi * 4294967296 + lo;
    }
    // whole words from the least significant end; built through one hex string
    // (shifting a growing BigInt word by word would be quadratic)
    const words = Math.ceil(k / 32);
    const hex: string[] = new Array(words);
    for (let i = 0, left = k; i < words; i++, left -= 32) {
      let w = this.next32();
      if (left < 32) w >>>= 32 - left;
      hex[words - 1 - i] = w.toString(16).padStart(8, "0");
    }
    return BigInt("0x" + hex.join(""));
  }
}
