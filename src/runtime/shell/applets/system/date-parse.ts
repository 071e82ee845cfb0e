import { breakDown } from './timefmt.ts';
import { type Zone, localExact, utcMs, zoneFromEnv } from './timezone.ts';

/** An instant with nanosecond precision (date -d '@1.5' keeps the fraction for %N). */
export interface Instant {
  sec: number;
  nsec: number;
}

const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ORDINALS: Record<string, number> = { last: -1, this: 0, next: 1, first: 1, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };
const ZONES: Record<string, number> = { utc: 0, gmt: 0, ut: 0, z: 0, wet: 0, west: 1, bst: 1, cet: 1, cest: 2, met: 1, mest: 2, eet: 2, eest: 3, msk: 3, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7, akst: -9, akdt: -8, hst: -10, jst: 9, kst: 9, aest: 10, aedt: 11, nzst: 12, nzdt: 13 };
const UNIT_SECONDS: Record<string, number> = { hour: 3600, minute: 60, min: 60, second: 1, sec: 1 };

interface State {
  date?: { y?: number; m: number; d: number };
  time?: { h: number; mi: number; s: number; ns: number };
  zone?: number;
  day?: { num: number; ord: number };
  rel: { y: number; m: number; d: number; s: number };
  rels: boolean;
}

/** GNU parse_datetime for the forms people use; null means `invalid date`. */
export function parseDate(input: string, nowMs: number, zone: Zone): Instant | null {
  // A leading TZ="Zone" reads the rest as wall-clock time of that zone.
  const tz = /^\s*TZ="([^"\\]*)"/.exec(input);
  if (tz) return parseDate(input.slice(tz[0].length), nowMs, zoneFromEnv(tz[1]));
  const at = /^\s*@\s*([+-]?\d+)(?:[.,](\d+))?\s*$/.exec(input);
  if (at) return { sec: Number(at[1]), nsec: at[2] ? Number(at[2].slice(0, 9).padEnd(9, '0')) * (at[1]!.startsWith('-') ? -1 : 1) : 0 };
  const st: State = { rel: { y: 0, m: 0, d: 0, s: 0 }, rels: false };
  let s = input.toLowerCase();
  let pendingOrd: number | undefined;
  const take = (re: RegExp): RegExpExecArray | null => {
    const m = re.exec(s);
    if (m) s = s.slice(m[0].length);
    return m;
  };
  for (;;) {
    s = s.replace(/^[\s,]+/, '');
    if (s === '') break;
    let m: RegExpExecArray | null;
    if ((m = take(/^(\d+)-(\d{1,2})-(\d{1,2})(?![\d:])/)) || (m = take(/^(\d{4,})\/(\d{1,2})\/(\d{1,2})(?![\d/])/))) {
      if (st.date) return null;
      st.date = { y: year(m[1]!), m: Number(m[2]), d: Number(m[3]) };
      if (/^t\d/.test(s)) s = s.slice(1);
    } else if ((m = take(/^(\d{1,2})\/(\d{1,2})(?:\/(\d+))?(?![\d/])/))) {
      if (st.date) return null;
      st.date = { m: Number(m[1]), d: Number(m[2]), y: m[3] === undefined ? undefined : year(m[3]) };
    } else if ((m = take(/^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(?:\s*([ap])\.?m\.?(?![a-z]))?/))) {
      if (st.time) return null;
      const h = meridian(Number(m[1]), m[5]);
      if (h === null) return null;
      st.time = { h, mi: Number(m[2]), s: Number(m[3] ?? 0), ns: m[4] ? Number(m[4].slice(0, 9).padEnd(9, '0')) : 0 };
      const off = take(/^\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?(?![\d])/);
      if (off) {
        st.zone = (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 3600 + Number(off[3] ?? 0) * 60);
        // parse_datetime rejects offsets beyond a day ('10:00 +90 minutes' is an invalid date).
        if (Math.abs(st.zone) > 24 * 3600) return null;
      }
    } else if ((m = take(/^(\d{1,2})\s*([ap])\.?m\.?(?![a-z])/))) {
      if (st.time) return null;
      const h = meridian(Number(m[1]), m[2]);
      if (h === null) return null;
      st.time = { h, mi: 0, s: 0, ns: 0 };
    } else if ((m = take(new RegExp(`^${MONTH_RE}\\s*-?\\s*(\\d{1,2})(?!\\d|:)(?:(?:\\s*,\\s*|\\s+|-)(\\d{4})(?![\\d:]))?`)))) {
      if (st.date) return null;
      st.date = { m: monthNum(m[1]!), d: Number(m[2]), y: m[3] ? Number(m[3]) : undefined };
    } else if ((m = take(new RegExp(`^(\\d{1,2})\\s*-?\\s*${MONTH_RE}(?![a-z])(?:\\s*-?\\s*(\\d{4})(?![\\d:]))?`)))) {
      if (st.date) return null;
      st.date = { d: Number(m[1]), m: monthNum(m[2]!), y: m[3] ? Number(m[3]) : undefined };
    } else if ((m = take(/^(sun|mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat)(?:day)?\.?(?![a-z])/))) {
      if (st.day) return null;
      st.day = { num: DAYS.indexOf(m[1]!.slice(0, 3)), ord: pendingOrd ?? 0 };
      pendingOrd = undefined;
    } else if ((m = take(/^(last|this|next|first|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?![a-z])/))) {
      if (pendingOrd !== undefined) return null;
      pendingOrd = ORDINALS[m[1]!];
    } else if ((m = take(/^([+-]?)\s*(\d+)?\s*(year|month|fortnight|week|day|hour|minute|min|second|sec)s?(?![a-z])/))) {
      let n = m[2] !== undefined ? Number(m[2]) * (m[1] === '-' ? -1 : 1) : pendingOrd ?? 1;
      if (m[2] === undefined && m[1]) return null;
      pendingOrd = undefined;
      if (take(/^\s*ago(?![a-z])/)) n = -n;
      addRel(st, m[3]!, n);
    } else if ((m = take(/^(now|today|yesterday|tomorrow)(?![a-z])/))) {
      if (m[1] === 'yesterday') addRel(st, 'day', -1);
      if (m[1] === 'tomorrow') addRel(st, 'day', 1);
    } else if ((m = take(/^([a-z]+)(?![a-z])/)) && zoneOffset(m[1]!) !== undefined) {
      if (st.zone !== undefined) return null;
      st.zone = zoneOffset(m[1]!)! * 3600;
      // `UTC+2`, `GMT-03:30`: a zone name with a correction right after it.
      const off = take(/^([+-])(\d{1,2})(?::?(\d{2}))?(?![\d:])/);
      if (off) st.zone += (off[1] === '-' ? -1 : 1) * (Number(off[2]) * 3600 + Number(off[3] ?? 0) * 60);
    } else if (m) {
      return null;
    } else if ((m = take(/^([+-]?)(\d+)(?![\d:])/))) {
      if (!number(st, m[1]!, m[2]!)) return null;
    } else return null;
  }
  if (pendingOrd !== undefined) return null;
  // An empty string means the start of today.
  if (input.trim() === '') st.zone = breakDown(nowMs, zone).gmtoff;
  return compose(st, nowMs, zone);
}

function number(st: State, sign: string, digits: string): boolean {
  if (sign) return false;
  const v = Number(digits);
  if (st.date && st.date.y === undefined && !st.rels && (st.time || digits.length > 2)) {
    st.date.y = v;
    return true;
  }
  if (digits.length > 4) {
    if (st.date) return false;
    st.date = { y: Math.floor(v / 10000), m: Math.floor(v / 100) % 100, d: v % 100 };
    return true;
  }
  if (st.time) return false;
  st.time = digits.length <= 2 ? { h: v, mi: 0, s: 0, ns: 0 } : { h: Math.floor(v / 100), mi: v % 100, s: 0, ns: 0 };
  return true;
}

function addRel(st: State, unit: string, n: number): void {
  st.rels = true;
  if (unit === 'year') st.rel.y += n;
  else if (unit === 'month') st.rel.m += n;
  else if (unit === 'fortnight') st.rel.d += 14 * n;
  else if (unit === 'week') st.rel.d += 7 * n;
  else if (unit === 'day') st.rel.d += n;
  else st.rel.s += UNIT_SECONDS[unit]! * n;
}

function zoneOffset(word: string): number | undefined {
  if (Object.hasOwn(ZONES, word)) return ZONES[word];
  if (word.length !== 1 || word === 'j') return undefined;
  const c = word.charCodeAt(0) - 97;
  if (word <= 'i') return c + 1;
  if (word <= 'm') return c;
  return word === 'z' ? 0 : -(c - 12);
}

function monthNum(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3)) + 1;
}

function year(text: string): number {
  const y = Number(text);
  // Only a two-digit year means 1969..2068; one digit is the year itself.
  if (text.length !== 2) return y;
  return y < 69 ? 2000 + y : 1900 + y;
}

function meridian(h: number, ap: string | undefined): number | null {
  if (!ap) return h;
  if (h < 1 || h > 12) return null;
  return (h % 12) + (ap === 'p' ? 12 : 0);
}

function daysIn(y: number, m: number): number {
  return new Date(utcMs(y, m, 0)).getUTCDate();
}

function compose(st: State, nowMs: number, zone: Zone): Instant | null {
  const now = breakDown(nowMs, zone);
  let y = now.year;
  let mon = now.mon + 1;
  let d = now.mday;
  if (st.date) {
    y = st.date.y ?? now.year;
    mon = st.date.m;
    d = st.date.d;
    if (mon < 1 || mon > 12 || d < 1 || d > daysIn(y, mon)) return null;
  }
  let h = now.hour;
  let mi = now.min;
  let sec = now.sec;
  let ns = now.nsec;
  if (st.time) {
    ({ h, mi, s: sec, ns } = st.time);
    if (h > 23 || mi > 59 || sec > 59) return null;
  } else if (st.date || st.day || st.zone !== undefined) {
    h = mi = sec = ns = 0;
  }
  if (st.day && !st.date) {
    const wday = new Date(utcMs(y, mon - 1, d)).getUTCDay();
    const { num, ord } = st.day;
    d += ((num - wday + 7) % 7) + 7 * (ord - (ord > 0 && wday !== num ? 1 : 0));
  }
  y += st.rel.y;
  mon += st.rel.m;
  d += st.rel.d;
  let epoch: number;
  if (st.zone !== undefined) epoch = utcMs(y, mon - 1, d, h, mi, sec) / 1000 - st.zone;
  else {
    // A wall-clock time skipped by a DST change is an invalid date, as in parse_datetime.
    const exact = localExact(zone, utcMs(y, mon - 1, d, h, mi, sec) / 1000);
    if (exact === null) return null;
    epoch = exact;
  }
  return { sec: epoch + st.rel.s, nsec: ns };
}
