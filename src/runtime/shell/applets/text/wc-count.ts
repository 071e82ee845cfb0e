/** The counting core of wc: byte-at-a-time for LANG=C, code points for UTF-8 locales. */
export interface Counts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
  maxLen: number;
}

export class Counter {
  readonly c: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLen: 0 };
  private inWord = false;
  private pos = 0;
  private pending = '';

  constructor(
    private readonly utf8: boolean,
    private readonly busybox: boolean,
  ) {}

  feed(data: string): void {
    this.c.bytes += data.length;
    if (!this.utf8) {
      for (let i = 0; i < data.length; i++) this.step(data.charCodeAt(i), 1);
      return;
    }
    const s = this.pending + data;
    this.pending = '';
    let i = 0;
    while (i < s.length) {
      const b = s.charCodeAt(i);
      const need = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      if (need === 0) {
        i++;
        continue;
      }
      if (i + need > s.length) {
        const tail = s.slice(i);
        if ([...tail.slice(1)].every((ch) => (ch.charCodeAt(0) & 0xc0) === 0x80)) {
          this.pending = tail;
          return;
        }
      }
      let cp = need === 1 ? b : b & (0xff >> (need + 1));
      let ok = true;
      for (let k = 1; k < need; k++) {
        const cc = s.charCodeAt(i + k);
        if ((cc & 0xc0) !== 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (cc & 0x3f);
      }
      if (!ok) {
        i++;
        continue;
      }
      i += need;
      this.c.chars++;
      this.step(cp, widthOf(cp));
    }
  }

  private step(ch: number, width: number): void {
    if (!this.utf8) this.c.chars++;
    if (ch === 10) this.c.lines++;
    switch (ch) {
      case 10:
      case 13:
      case 12:
        if (this.pos > this.c.maxLen) this.c.maxLen = this.pos;
        this.pos = 0;
        this.sep();
        return;
      case 9:
        this.pos += 8 - (this.pos % 8);
        this.sep();
        return;
      case 32:
        this.pos++;
        this.sep();
        return;
      case 11:
        if (this.busybox) {
          if (this.pos > this.c.maxLen) this.c.maxLen = this.pos;
        }
        this.sep();
        return;
    }
    if (printable(ch, this.utf8)) {
      this.pos += width;
      if (ch === 0x85 || ch === 0xa0 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a && ch !== 0x2007) || ch === 0x2028 || ch === 0x2029 || ch === 0x205f || ch === 0x3000) {
        this.sep();
        return;
      }
      this.inWord = true;
    }
  }

  private sep(): void {
    if (this.inWord) this.c.words++;
    this.inWord = false;
  }

  finish(): Counts {
    if (this.inWord) this.c.words++;
    this.inWord = false;
    if (this.pos > this.c.maxLen) this.c.maxLen = this.pos;
    this.pos = 0;
    return this.c;
  }
}

function printable(ch: number, utf8: boolean): boolean {
  if (ch < 0x20 || ch === 0x7f) return false;
  if (!utf8) return ch < 0x7f;
  return !(ch >= 0x80 && ch < 0xa0);
}

/** wcwidth for what shows up in practice: combining marks 0, East Asian wide 2. */
function widthOf(cp: number): number {
  if ((cp >= 0x300 && cp < 0x370) || (cp >= 0x200b && cp <= 0x200f)) return 0;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)) return 2;
  return 1;
}
