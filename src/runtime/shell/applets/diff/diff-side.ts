import { type FormatOptions, type Hunk, NEW, OLD } from './diff-format.ts';

/** -y/--side-by-side (GNU side.c), for the C locale: one byte is one column. */
export function formatSide(hunks: Hunk[], la: string[], lb: string[], o: FormatOptions): string {
  const t = o.expandTabs ? 1 : o.tabsize;
  const off = Math.floor((o.width + t + 3) / (2 * t)) * t;
  const hw = Math.max(0, Math.min(off - 3, o.width - off));
  const c2o = hw ? off : o.width;
  let out = '';
  const put = (s: string): void => {
    out += s;
  };

  const tabFromTo = (from: number, to: number): number => {
    if (!o.expandTabs) {
      for (let tab = from + o.tabsize - (from % o.tabsize); tab <= to; tab += o.tabsize) {
        put('\t');
        from = tab;
      }
    }
    while (from++ < to) put(' ');
    return to;
  };

  const half = (line: string, indent: number, bound: number): number => {
    let inPos = 0;
    let outPos = 0;
    for (const c of line) {
      const code = c.charCodeAt(0);
      if (c === '\n') return outPos;
      if (c === '\t') {
        const spaces = o.tabsize - ((inPos + indent) % o.tabsize);
        if (inPos === outPos) {
          let stop = outPos + spaces;
          if (o.expandTabs) {
            if (bound < stop) stop = bound;
            for (; outPos < stop; outPos++) put(' ');
          } else if (stop < bound) {
            outPos = stop;
            put(c);
          }
        }
        inPos += spaces;
      } else if (c === '\r') {
        put(c);
        tabFromTo(0, indent);
        inPos = outPos = 0;
      } else if (c === '\b') {
        if (inPos !== 0 && --inPos < bound) {
          if (outPos <= inPos) for (; outPos < inPos; outPos++) put(' ');
          else {
            outPos = inPos;
            put(c);
          }
        }
      } else if (code >= 32 && code < 127) {
        if (inPos++ < bound) {
          outPos = inPos;
          put(c);
        }
      } else if (code < 128 && c !== '\f' && c !== '\v') {
        // A control character: zero columns wide.
        if (inPos <= bound) {
          outPos = inPos;
          put(c);
        }
      } else if (inPos < bound) put(c);
    }
    return outPos;
  };

  const row = (left: string | null, sep: string, right: string | null): void => {
    let col = 0;
    let nl = false;
    if (left !== null) {
      nl ||= left.endsWith('\n');
      col = half(left, 0, hw);
    }
    if (sep !== ' ') {
      col = tabFromTo(col, Math.floor((hw + c2o - 1) / 2)) + 1;
      if (sep === '|' && nl !== right!.endsWith('\n')) sep = nl ? '/' : '\\';
      put(sep);
    }
    if (right !== null) {
      nl ||= right.endsWith('\n');
      if (right !== '\n' && right !== '') {
        col = tabFromTo(col, c2o);
        half(right, col, hw);
      }
    }
    if (nl) put('\n');
  };

  let next0 = 0;
  let next1 = 0;
  const common = (limit0: number, limit1: number): void => {
    if (!o.suppressCommon) {
      if (o.leftColumn) while (next0 < limit0) row(la[next0++]!, '(', null);
      else while (next0 < limit0 && next1 < limit1) row(la[next0++]!, ' ', lb[next1++]!);
    }
    next0 = limit0;
    next1 = limit1;
  };

  for (const h of hunks) {
    if (!h.kind) continue;
    common(h.first0, h.first1);
    let kind = h.kind;
    let f0 = h.first0;
    let f1 = h.first1;
    if (kind === (OLD | NEW)) {
      for (; f0 <= h.last0 && f1 <= h.last1; f0++, f1++) row(la[f0]!, '|', lb[f1]!);
      kind = (f0 <= h.last0 ? OLD : 0) + (f1 <= h.last1 ? NEW : 0);
      next0 = f0;
      next1 = f1;
    }
    if (kind & NEW) {
      for (; f1 <= h.last1; f1++) row(null, '>', lb[f1]!);
      next1 = f1;
    }
    if (kind & OLD) {
      for (; f0 <= h.last0; f0++) row(la[f0]!, '<', null);
      next0 = f0;
    }
  }
  common(la.length, lb.length);
  return out;
}
