/** cut's LIST syntax (gnulib set-fields): N, N-, -M, N-M separated by commas or blanks. */
export type Range = [number, number];

export const END = Number.MAX_SAFE_INTEGER;
const UMAX = 0xffffffffffffffffn;

export class ListError extends Error {
  /** Whether coreutils follows the message with the "Try" line. */
  constructor(message: string) {
    super(message);
  }
}

export function parseList(spec: string, positions: boolean): Range[] {
  const zero = positions ? 'byte/character positions are numbered from 1' : 'fields are numbered from 1';
  const ranges: Range[] = [];
  let value = 0n;
  let initial = 0n;
  let lhs = false;
  let rhs = false;
  let dash = false;
  let inDigits = false;
  let numStart = 0;
  const n = (v: bigint): number => (v >= BigInt(END) ? END : Number(v));
  for (let i = 0; ; i++) {
    const c = spec[i];
    if (c === '-') {
      inDigits = false;
      if (dash) throw new ListError(positions ? 'invalid byte or character range' : 'invalid field range');
      dash = true;
      if (lhs && value === 0n) throw new ListError(zero);
      initial = lhs ? value : 1n;
      value = 0n;
    } else if (c === undefined || c === ',' || c === ' ' || c === '\t') {
      inDigits = false;
      if (dash) {
        dash = false;
        if (!lhs && !rhs) throw new ListError('invalid range with no endpoint: -');
        if (!rhs) ranges.push([n(initial), END]);
        else {
          if (value < initial) throw new ListError('invalid decreasing range');
          ranges.push([n(initial), n(value)]);
        }
      } else {
        if (value === 0n) throw new ListError(zero);
        ranges.push([n(value), n(value)]);
      }
      value = 0n;
      if (c === undefined) break;
      lhs = false;
      rhs = false;
    } else if (c >= '0' && c <= '9') {
      if (!inDigits) numStart = i;
      inDigits = true;
      if (dash) rhs = true;
      else lhs = true;
      value = value * 10n + BigInt(c.charCodeAt(0) - 48);
      if (value >= UMAX) {
        const bad = /^\d*/.exec(spec.slice(numStart))![0];
        throw new ListError(positions ? `byte/character offset '${bad}' is too large` : `field number '${bad}' is too large`);
      }
    } else throw new ListError(positions ? `invalid byte/character position '${spec.slice(i)}'` : `invalid field value '${spec.slice(i)}'`);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export function complement(ranges: Range[]): Range[] {
  const out: Range[] = [];
  let next = 1;
  for (const [a, b] of ranges) {
    if (a > next) out.push([next, a - 1]);
    next = b >= END ? END : b + 1;
  }
  if (next < END) out.push([next, END]);
  return out;
}

/** busybox's simpler LIST: 0 counts as 1, its own messages, items sorted by start. */
export function parseBusyboxList(spec: string): Range[] {
  if (spec === '') throw new ListError('missing list of positions');
  const num = (s: string): number => {
    if (!/^\d+$/.test(s)) throw new ListError(`invalid number '${s}'`);
    return Number(s);
  };
  const ranges: Range[] = [];
  for (const tok of spec.split(',')) {
    const dash = tok.indexOf('-');
    const s = dash < 0 ? tok : tok.slice(0, dash);
    const start0 = s === '' ? 0 : Math.max(0, num(s) - 1);
    let end1: number;
    if (dash < 0) end1 = start0 + 1;
    else if (tok.slice(dash + 1) === '') end1 = END;
    else {
      const raw = num(tok.slice(dash + 1));
      if (start0 > Math.max(0, raw - 1)) throw new ListError(`${raw}<${start0}`);
      end1 = raw;
    }
    if (end1 > start0) ranges.push([start0 + 1, end1]);
  }
  // Kept unmerged: busybox treats each list item on its own (see cut.ts).
  return ranges.sort((a, b) => a[0] - b[0]);
}
