const hexDigit = (c: string) => {
  const n = '0123456789abcdef'.indexOf(c.toLowerCase());
  return c.length === 1 && n >= 0 ? n : -1;
};

/** xxd -r (huntype): hex dump lines (or plain hex with -p) back to bytes, zero-filling gaps. */
export function xxdReverse(text: string, cols: number, plain: boolean, baseOff: number): string {
  const out: number[] = [];
  let haveOff = 0;
  let wantOff = 0;
  let n1 = -1;
  let n2 = 0;
  let n3: number;
  let ignGarb = true;
  let p = cols;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i]!;
    if (ch === '\r') continue;
    if (plain && (ch === ' ' || ch === '\n' || ch === '\t')) continue;
    n3 = n2;
    n2 = n1;
    n1 = hexDigit(ch);
    if (n1 === -1 && ignGarb) continue;
    ignGarb = false;
    if (!plain && p >= cols) {
      if (n1 < 0) {
        p = 0;
        continue;
      }
      wantOff = wantOff * 16 + n1;
      continue;
    }
    if (baseOff + wantOff !== haveOff) {
      for (; haveOff < baseOff + wantOff; haveOff++) out[haveOff] = out[haveOff] ?? 0;
      haveOff = baseOff + wantOff;
    }
    if (n2 >= 0 && n1 >= 0) {
      out[haveOff] = (n2 << 4) | n1;
      haveOff++;
      wantOff++;
      n1 = -1;
      if (!plain && ++p >= cols) {
        while (i < text.length && text[i] !== '\n') i++;
        ch = '\n';
      }
    } else if (n1 < 0 && n2 < 0 && n3 < 0) {
      while (i < text.length && text[i] !== '\n') i++;
      ch = '\n';
    }
    if (ch === '\n') {
      if (!plain) wantOff = 0;
      p = cols;
      ignGarb = true;
    }
  }
  let s = '';
  for (let i = 0; i < out.length; i++) s += String.fromCharCode(out[i] ?? 0);
  return s;
}
