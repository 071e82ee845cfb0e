/**
 * The subset of gnulib parse_datetime that `touch -d` / `date -d` users write: ISO dates and
 * times (T or space, Z/UTC/±hh:mm), @epoch, month names, now/today/yesterday/tomorrow,
 * relative items ("1 day ago", "+2 hours", "next week"). The model's zone is UTC.
 * Returns ms since the epoch, or null for anything it cannot read (touch: invalid date format).
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const UNITS: Record<string, [number, 'ms' | 'month']> = {
  year: [12, 'month'], month: [1, 'month'], fortnight: [14 * 86400e3, 'ms'], week: [7 * 86400e3, 'ms'],
  day: [86400e3, 'ms'], hour: [3600e3, 'ms'], minute: [60e3, 'ms'], min: [60e3, 'ms'], second: [1e3, 'ms'], sec: [1e3, 'ms'],
};
const ORDINAL: Record<string, number> = { last: -1, this: 0, next: 1, first: 1, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };

interface Parts {
  y?: number;
  mo?: number;
  d?: number;
  time?: number;
  zone?: number;
  relMs: number;
  relMonths: number;
  /** Day of the week named (0 = Sunday); without a date the day moves forward to it (gnulib). */
  wday?: number;
}

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function weekday(t: string): number | undefined {
  const w = t.replace(/\.$/, '');
  const i = DAYS.findIndex((d) => w === d || w === d.slice(0, 3) || (w.length > 3 && ['tues', 'wednes', 'thur', 'thurs'].includes(w) && d.startsWith(w)));
  return i >= 0 ? i : undefined;
}

function unitOf(w: string): [number, 'ms' | 'month'] | undefined {
  const base = w.endsWith('s') && !UNITS[w] ? w.slice(0, -1) : w;
  return UNITS[base];
}

export function parseDate(input: string, now: number): number | null {
  const s = input.trim().toLowerCase();
  if (s.startsWith('@')) {
    const m = /^@\s*([-+]?\d+)(?:[.,](\d+))?$/.exec(s);
    if (!m) return null;
    const frac = m[2] ? Number(`0.${m[2]}`) : 0;
    return (Number(m[1]) + (m[1]!.startsWith('-') ? -frac : frac)) * 1000;
  }
  const p: Parts = { relMs: 0, relMonths: 0 };
  const toks = s.replace(/,(?!\d)/g, ' ').match(/\d{4}-\d{1,2}-\d{1,2}|\d{4,}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d+)?|t(?=\d)|[a-z]+\.?|[-+]?\d+(?::\d+)*(?:[.,]\d+)?|\S/g) ?? [];
  let i = 0;
  const num = (t: string | undefined) => (t !== undefined && /^[-+]?\d+$/.test(t) ? Number(t) : undefined);
  while (i < toks.length) {
    const t = toks[i]!;
    let m: RegExpExecArray | null;
    if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) {
      if (p.y !== undefined) return null;
      [p.y, p.mo, p.d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      i++;
      continue;
    }
    if (t === 't' && p.y !== undefined) {
      i++;
      continue;
    }
    if ((m = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d+))?)?$/.exec(t))) {
      if (p.time !== undefined) return null;
      const [hh, mm, ss] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
      let h = hh;
      const ampm = toks[i + 1];
      if (ampm === 'am' || ampm === 'pm' || ampm === 'a.m.' || ampm === 'p.m.') {
        if (h < 1 || h > 12) return null;
        h = (h % 12) + (ampm.startsWith('p') ? 12 : 0);
        i++;
      }
      if (h > 23 || mm > 59 || ss > 60) return null;
      p.time = (h * 3600 + mm * 60 + ss) * 1000 + (m[4] ? Math.floor(Number(`0.${m[4]}`) * 1000) : 0);
      i++;
      const z = zoneAt(toks, i);
      if (z) [p.zone, i] = [z[0], z[1]];
      continue;
    }
    // gnulib: YYYY/MM/DD when the first number has four or more digits, else MM/DD[/YY].
    if ((m = /^(\d{4,})\/(\d{1,2})\/(\d{1,2})$/.exec(t))) {
      if (p.y !== undefined) return null;
      [p.y, p.mo, p.d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      i++;
      continue;
    }
    if ((m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d+))?$/.exec(t))) {
      p.mo = Number(m[1]);
      p.d = Number(m[2]);
      if (m[3]) p.y = fixYear(m[3]);
      i++;
      continue;
    }
    const wd = weekday(t);
    if (wd !== undefined) {
      if (p.wday !== undefined) return null;
      p.wday = wd;
      i++;
      continue;
    }
    const mon = MONTHS.indexOf(t.replace(/\.$/, '').slice(0, 3));
    if (mon >= 0 && /^[a-z]+\.?$/.test(t) && (t.length <= 4 || MONTHS_FULL[mon]!.startsWith(t.replace(/\.$/, '')))) {
      p.mo = mon + 1;
      const n1 = num(toks[i + 1]);
      if (n1 !== undefined && n1 > 0 && !unitOf(toks[i + 2] ?? '')) {
        p.d = n1;
        i += 2;
        const n2 = num(toks[i]);
        if (n2 !== undefined && toks[i]!.length === 4) (p.y = n2), i++;
      } else i++;
      continue;
    }
    const next = toks[i + 1] ?? '';
    if (/^\d{1,2}$/.test(t) && MONTHS.includes(next.replace(/\.$/, '').slice(0, 3)) && /^[a-z]+\.?$/.test(next)) {
      p.d = Number(t);
      p.mo = MONTHS.indexOf(next.replace(/\.$/, '').slice(0, 3)) + 1;
      i += 2;
      if (/^\d{4}$/.test(toks[i] ?? '')) p.y = Number(toks[i++]);
      continue;
    }
    if (/^\d{1,2}$/.test(t) && /^[ap]\.?m\.?$/.test(next)) {
      const h = Number(t);
      if (h < 1 || h > 12 || p.time !== undefined) return null;
      p.time = ((h % 12) + (next.startsWith('p') ? 12 : 0)) * 3600e3;
      i += 2;
      continue;
    }
    if (t === 'now' || t === 'today') {
      i++;
      continue;
    }
    if (t === 'yesterday' || t === 'tomorrow') {
      p.relMs += (t === 'yesterday' ? -1 : 1) * 86400e3;
      i++;
      continue;
    }
    if (t === 'ago') {
      p.relMs = -p.relMs;
      p.relMonths = -p.relMonths;
      i++;
      continue;
    }
    if (t === 'utc' || t === 'gmt' || t === 'z') {
      p.zone = 0;
      i++;
      continue;
    }
    const sign = t === '+' || t === '-' ? (t === '-' ? -1 : 1) : 0;
    const n = sign ? num(toks[i + 1]) : num(t);
    const ord = ORDINAL[t];
    const unitTok = sign ? toks[i + 2] : toks[i + 1];
    if ((n !== undefined || ord !== undefined) && unitTok && unitOf(unitTok)) {
      const [size, kind] = unitOf(unitTok)!;
      const count = (sign || 1) * (n ?? ord!);
      if (kind === 'month') p.relMonths += count * size;
      else p.relMs += count * size;
      i += sign ? 3 : 2;
      continue;
    }
    if (unitOf(t)) {
      const [size, kind] = unitOf(t)!;
      if (kind === 'month') p.relMonths += size;
      else p.relMs += size;
      i++;
      continue;
    }
    if (/^\d+$/.test(t) && (t.length === 8 || t.length === 6) && p.y === undefined) {
      const v = t.length === 8 ? t : `20${t}`;
      [p.y, p.mo, p.d] = [Number(v.slice(0, 4)), Number(v.slice(4, 6)), Number(v.slice(6, 8))];
      i++;
      continue;
    }
    if (/^\d{4}$/.test(t) && p.mo !== undefined && p.y === undefined) {
      p.y = Number(t);
      i++;
      continue;
    }
    return null;
  }
  return compose(p, now);
}

const MONTHS_FULL = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function fixYear(y: string): number {
  const n = Number(y);
  if (y.length <= 2) return n < 69 ? 2000 + n : 1900 + n;
  return n;
}

function zoneAt(toks: string[], i: number): [number, number] | null {
  const t = toks[i] ?? '';
  if (t === 'z' || t === 'utc' || t === 'gmt') return [0, i + 1];
  const m = /^([-+])(\d{2}):?(\d{2})?$/.exec(t);
  if (!m) return null;
  const mins = (Number(m[2]) * 60 + Number(m[3] ?? 0)) * (m[1] === '-' ? -1 : 1);
  return [mins * 60e3, i + 1];
}

function compose(p: Parts, now: number): number | null {
  const cur = new Date(now);
  const hasDate = p.y !== undefined || p.mo !== undefined || p.d !== undefined;
  const y = p.y ?? cur.getUTCFullYear();
  const mo = p.mo ?? cur.getUTCMonth() + 1;
  const d = p.d ?? (p.mo !== undefined ? 1 : cur.getUTCDate());
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
  let time = p.time ?? (hasDate || p.wday !== undefined ? 0 : now - Date.UTC(cur.getUTCFullYear(), cur.getUTCMonth(), cur.getUTCDate()));
  if (p.zone !== undefined) time -= p.zone;
  let base = Date.UTC(y, mo - 1, d) + time;
  if (p.wday !== undefined && !hasDate) base += ((p.wday - new Date(Date.UTC(y, mo - 1, d)).getUTCDay() + 7) % 7) * 86400e3;
  if (p.relMonths) {
    const b = new Date(base);
    const total = b.getUTCFullYear() * 12 + b.getUTCMonth() + p.relMonths;
    base = Date.UTC(Math.floor(total / 12), total % 12, b.getUTCDate(), 0, 0, 0) + (base % 86400e3);
  }
  return base + p.relMs;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
