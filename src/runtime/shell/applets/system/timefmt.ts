import { type Zone, utcMs, zoneAt } from './timezone.ts';

export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Broken-down time (struct tm) plus the zone facts strftime needs. */
export interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  /** Seconds since the epoch (floor) and nanoseconds within that second. */
  epoch: number;
  nsec: number;
  gmtoff: number;
  abbr: string;
}

/** localtime_r for `zone` (an instant in ms since the epoch; fractional ms allowed). */
export function breakDown(ms: number, zone: Zone, nsec?: number): Tm {
  const epoch = Math.floor(ms / 1000);
  const { offset, abbr } = zoneAt(zone, epoch);
  const d = new Date((epoch + offset) * 1000);
  const start = utcMs(d.getUTCFullYear(), 0, 1);
  return {
    year: d.getUTCFullYear(),
    mon: d.getUTCMonth(),
    mday: d.getUTCDate(),
    hour: d.getUTCHours(),
    min: d.getUTCMinutes(),
    sec: d.getUTCSeconds(),
    wday: d.getUTCDay(),
    yday: Math.round((utcMs(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - start) / 86400000),
    epoch,
    nsec: nsec ?? Math.round((ms - epoch * 1000) * 1e6),
    gmtoff: offset,
    abbr,
  };
}

/** ISO 8601 week number and week-based year (%V, %G). */
function isoWeek(tm: Tm): { week: number; year: number } {
  const wdayMon = (tm.wday + 6) % 7;
  const thursday = tm.yday - wdayMon + 3;
  if (thursday < 0) {
    const prevLen = isLeap(tm.year - 1) ? 366 : 365;
    return { week: Math.floor((thursday + prevLen) / 7) + 1, year: tm.year - 1 };
  }
  const len = isLeap(tm.year) ? 366 : 365;
  if (thursday >= len) return { week: 1, year: tm.year + 1 };
  return { week: Math.floor(thursday / 7) + 1, year: tm.year };
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function zoneText(off: number, colons: number): string {
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  const h = String(Math.floor(a / 3600)).padStart(2, '0');
  const m = String(Math.floor((a % 3600) / 60)).padStart(2, '0');
  const s = String(a % 60).padStart(2, '0');
  if (colons === 0) return `${sign}${h}${m}`;
  if (colons === 1) return `${sign}${h}:${m}`;
  if (colons === 2) return `${sign}${h}:${m}:${s}`;
  return a % 3600 === 0 ? `${sign}${h}` : a % 60 === 0 ? `${sign}${h}:${m}` : `${sign}${h}:${m}:${s}`;
}

type Piece = { num: number; digits: number; space?: boolean } | { text: string; upcase?: boolean; downOnSwap?: boolean };

/** GNU nstrftime in the C locale, with the `-_0^#` flags, field widths and `%N`. */
export function strftime(fmt: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    const start = i;
    let pad = '';
    let upper = false;
    let swap = false;
    for (i++; i < fmt.length && '_-0^#+'.includes(fmt[i]!); i++) {
      if (fmt[i] === '^') upper = true;
      else if (fmt[i] === '#') swap = true;
      else pad = fmt[i]!;
    }
    let width = -1;
    if (i < fmt.length && /\d/.test(fmt[i]!)) {
      width = 0;
      while (i < fmt.length && /\d/.test(fmt[i]!)) width = width * 10 + Number(fmt[i++]);
    }
    let colons = 0;
    while (fmt[i] === ':') {
      colons++;
      i++;
    }
    while (fmt[i] === 'E' || fmt[i] === 'O') i++;
    const conv = fmt[i];
    if (conv === undefined || (colons > 0 && conv !== 'z')) {
      const lit = fmt.slice(start, i + (conv === undefined ? 0 : 1));
      out += width > lit.length ? lit.padStart(width) : lit;
      if (conv === undefined) break;
      continue;
    }
    if (conv === 'N') {
      const digits = String(tm.nsec).padStart(9, '0');
      out += width > 0 && width < 9 ? digits.slice(0, width) : pad === '-' ? digits : digits.padEnd(Math.max(width, 9), '0');
      continue;
    }
    const piece = convert(conv, tm, colons);
    if (piece === null) {
      const lit = fmt.slice(start, i + 1);
      out += width > lit.length ? lit.padStart(width) : lit;
      continue;
    }
    out += render(piece, pad, width, upper, swap);
  }
  return out;
}

function render(p: Piece, pad: string, width: number, upper: boolean, swap: boolean): string {
  if ('num' in p) {
    const neg = p.num < 0;
    let s = String(Math.abs(p.num));
    if (pad === '-') return (neg ? '-' : '') + s;
    const padChar = pad === '_' ? ' ' : pad === '0' || pad === '+' ? '0' : p.space ? ' ' : '0';
    const w = Math.max(width, p.digits);
    if (padChar === '0') s = (neg ? '-' : '') + s.padStart(w - (neg ? 1 : 0), '0');
    else s = ((neg ? '-' : '') + s).padStart(w, ' ');
    return s;
  }
  let s = p.text;
  if (upper) s = s.toUpperCase();
  else if (swap) s = p.downOnSwap ? s.toLowerCase() : s.toUpperCase();
  if (width > s.length && pad !== '-') s = s.padStart(width, pad === '0' ? '0' : ' ');
  return s;
}

function convert(conv: string, tm: Tm, colons: number): Piece | null {
  const two = (n: number): Piece => ({ num: n, digits: 2 });
  const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  const t = (text: string, downOnSwap = false): Piece => ({ text, downOnSwap });
  const sub = (f: string): Piece => t(strftime(f, tm));
  switch (conv) {
    case 'a': return t(DAYS[tm.wday]!.slice(0, 3));
    case 'A': return t(DAYS[tm.wday]!);
    case 'b': case 'h': return t(MONTHS[tm.mon]!.slice(0, 3));
    case 'B': return t(MONTHS[tm.mon]!);
    case 'c': return sub('%a %b %e %H:%M:%S %Y');
    case 'C': return two(Math.floor(tm.year / 100));
    case 'd': return two(tm.mday);
    case 'D': case 'x': return sub('%m/%d/%y');
    case 'e': return { num: tm.mday, digits: 2, space: true };
    // %F is %+4Y-%m-%d: years past 9999 get a '+'.
    case 'F': return t(`${tm.year > 9999 ? '+' : ''}${strftime('%Y-%m-%d', tm)}`);
    case 'g': return two(isoWeek(tm).year % 100);
    case 'G': return { num: isoWeek(tm).year, digits: 4 };
    case 'H': return two(tm.hour);
    case 'I': return two(hour12);
    case 'j': return { num: tm.yday + 1, digits: 3 };
    case 'k': return { num: tm.hour, digits: 2, space: true };
    case 'l': return { num: hour12, digits: 2, space: true };
    case 'm': return two(tm.mon + 1);
    case 'M': return two(tm.min);
    case 'n': return t('\n');
    case 'p': return t(tm.hour < 12 ? 'AM' : 'PM', true);
    case 'P': return t(tm.hour < 12 ? 'am' : 'pm');
    case 'q': return { num: Math.floor(tm.mon / 3) + 1, digits: 1 };
    case 'r': return sub('%I:%M:%S %p');
    case 'R': return sub('%H:%M');
    case 's': return { num: tm.epoch, digits: 1 };
    case 'S': return two(tm.sec);
    case 't': return t('\t');
    case 'T': case 'X': return sub('%H:%M:%S');
    case 'u': return { num: tm.wday === 0 ? 7 : tm.wday, digits: 1 };
    case 'U': return two(Math.floor((tm.yday + 7 - tm.wday) / 7));
    case 'V': return two(isoWeek(tm).week);
    case 'w': return { num: tm.wday, digits: 1 };
    case 'W': return two(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7));
    case 'y': return two(tm.year % 100);
    // gnulib pads years to four digits (0099), unlike glibc's strftime.
    case 'Y': return { num: tm.year, digits: 4 };
    case 'z': return t(zoneText(tm.gmtoff, colons));
    case 'Z': return t(tm.abbr, true);
    case '%': return t('%');
    default: return null;
  }
}
