/**
 * Time zones as glibc resolves $TZ. The host runs in UTC (/etc/localtime is Etc/UTC); POSIX
 * strings like `EST5EDT` or `JST-9` work as in glibc, and a few common zoneinfo names are
 * known with their current rules since the model ships no tz database.
 */
export interface Zone {
  std: { abbr: string; offset: number };
  dst?: { abbr: string; offset: number; rule: 'us' | 'eu' | 'au' | 'nz' };
}

const UTC: Zone = { std: { abbr: 'UTC', offset: 0 } };

const NAMED: Record<string, Zone> = {
  UTC, 'Etc/UTC': UTC, 'Etc/UCT': UTC, UCT: UTC, Universal: UTC, Zulu: UTC, 'Etc/Universal': UTC, 'Etc/Zulu': UTC,
  GMT: { std: { abbr: 'GMT', offset: 0 } }, 'Etc/GMT': { std: { abbr: 'GMT', offset: 0 } },
  'Europe/London': { std: { abbr: 'GMT', offset: 0 }, dst: { abbr: 'BST', offset: 3600, rule: 'eu' } },
  'Europe/Dublin': { std: { abbr: 'GMT', offset: 0 }, dst: { abbr: 'IST', offset: 3600, rule: 'eu' } },
  'Europe/Lisbon': { std: { abbr: 'WET', offset: 0 }, dst: { abbr: 'WEST', offset: 3600, rule: 'eu' } },
  'Europe/Moscow': { std: { abbr: 'MSK', offset: 10800 } },
  'Europe/Istanbul': { std: { abbr: '+03', offset: 10800 } },
  'America/New_York': { std: { abbr: 'EST', offset: -18000 }, dst: { abbr: 'EDT', offset: -14400, rule: 'us' } },
  'America/Chicago': { std: { abbr: 'CST', offset: -21600 }, dst: { abbr: 'CDT', offset: -18000, rule: 'us' } },
  'America/Denver': { std: { abbr: 'MST', offset: -25200 }, dst: { abbr: 'MDT', offset: -21600, rule: 'us' } },
  'America/Phoenix': { std: { abbr: 'MST', offset: -25200 } },
  'America/Los_Angeles': { std: { abbr: 'PST', offset: -28800 }, dst: { abbr: 'PDT', offset: -25200, rule: 'us' } },
  'America/Sao_Paulo': { std: { abbr: '-03', offset: -10800 } },
  'Asia/Tokyo': { std: { abbr: 'JST', offset: 32400 } },
  'Asia/Seoul': { std: { abbr: 'KST', offset: 32400 } },
  'Asia/Shanghai': { std: { abbr: 'CST', offset: 28800 } },
  'Asia/Hong_Kong': { std: { abbr: 'HKT', offset: 28800 } },
  'Asia/Singapore': { std: { abbr: '+08', offset: 28800 } },
  'Asia/Kolkata': { std: { abbr: 'IST', offset: 19800 } },
  'Asia/Dubai': { std: { abbr: '+04', offset: 14400 } },
  'Australia/Brisbane': { std: { abbr: 'AEST', offset: 36000 } },
  'Australia/Sydney': { std: { abbr: 'AEST', offset: 36000 }, dst: { abbr: 'AEDT', offset: 39600, rule: 'au' } },
  'Australia/Melbourne': { std: { abbr: 'AEST', offset: 36000 }, dst: { abbr: 'AEDT', offset: 39600, rule: 'au' } },
  'Australia/Perth': { std: { abbr: 'AWST', offset: 28800 } },
  'Pacific/Auckland': { std: { abbr: 'NZST', offset: 43200 }, dst: { abbr: 'NZDT', offset: 46800, rule: 'nz' } },
  'Pacific/Honolulu': { std: { abbr: 'HST', offset: -36000 } },
  'America/Anchorage': { std: { abbr: 'AKST', offset: -32400 }, dst: { abbr: 'AKDT', offset: -28800, rule: 'us' } },
  'America/Toronto': { std: { abbr: 'EST', offset: -18000 }, dst: { abbr: 'EDT', offset: -14400, rule: 'us' } },
  'America/Vancouver': { std: { abbr: 'PST', offset: -28800 }, dst: { abbr: 'PDT', offset: -25200, rule: 'us' } },
  'America/Halifax': { std: { abbr: 'AST', offset: -14400 }, dst: { abbr: 'ADT', offset: -10800, rule: 'us' } },
  'America/Mexico_City': { std: { abbr: 'CST', offset: -21600 } },
  'America/Argentina/Buenos_Aires': { std: { abbr: '-03', offset: -10800 } },
  'Africa/Johannesburg': { std: { abbr: 'SAST', offset: 7200 } },
  'Africa/Lagos': { std: { abbr: 'WAT', offset: 3600 } },
  'Africa/Nairobi': { std: { abbr: 'EAT', offset: 10800 } },
  'Asia/Kathmandu': { std: { abbr: '+0545', offset: 20700 } },
  'Asia/Karachi': { std: { abbr: 'PKT', offset: 18000 } },
  'Asia/Bangkok': { std: { abbr: '+07', offset: 25200 } },
  'Asia/Jakarta': { std: { abbr: 'WIB', offset: 25200 } },
  'Asia/Manila': { std: { abbr: 'PST', offset: 28800 } },
  'Asia/Taipei': { std: { abbr: 'CST', offset: 28800 } },
};
NAMED['Asia/Calcutta'] = NAMED['Asia/Kolkata']!;
for (const [city, std, dst] of [['Berlin', 'CET', 'CEST'], ['Paris', 'CET', 'CEST'], ['Madrid', 'CET', 'CEST'], ['Rome', 'CET', 'CEST'], ['Amsterdam', 'CET', 'CEST'], ['Vienna', 'CET', 'CEST'], ['Zurich', 'CET', 'CEST'], ['Stockholm', 'CET', 'CEST'], ['Oslo', 'CET', 'CEST'], ['Copenhagen', 'CET', 'CEST'], ['Brussels', 'CET', 'CEST'], ['Warsaw', 'CET', 'CEST'], ['Prague', 'CET', 'CEST'], ['Athens', 'EET', 'EEST'], ['Helsinki', 'EET', 'EEST'], ['Kyiv', 'EET', 'EEST']] as const) {
  const base = std === 'CET' ? 3600 : 7200;
  NAMED[`Europe/${city}`] = { std: { abbr: std, offset: base }, dst: { abbr: dst, offset: base + 3600, rule: 'eu' } };
}

NAMED['Europe/Kiev'] = NAMED['Europe/Kyiv']!;

/** The zone $TZ selects (unset or empty: /etc/localtime, which is UTC). */
export function zoneFromEnv(tz: string | undefined): Zone {
  if (tz === undefined || tz === '' || tz === ':') return UTC;
  const name = tz.startsWith(':') ? tz.slice(1) : tz;
  if (Object.hasOwn(NAMED, name)) return NAMED[name]!;
  const posix = /^([A-Za-z]{3,}|<[^>]+>)([+-]?\d{1,2}(?::\d{2}){0,2})?(?:([A-Za-z]{3,}|<[^>]+>)([+-]?\d{1,2}(?::\d{2}){0,2})?)?/.exec(name);
  if (!posix) return UTC;
  const abbr = posix[1]!.replace(/^<|>$/g, '');
  if (posix[2] === undefined) return { std: { abbr, offset: 0 } };
  const std = { abbr, offset: -parseOffset(posix[2]) };
  if (!posix[3]) return { std };
  const dstOff = posix[4] !== undefined ? -parseOffset(posix[4]) : std.offset + 3600;
  return { std, dst: { abbr: posix[3].replace(/^<|>$/g, ''), offset: dstOff, rule: std.offset < -7200 ? 'us' : 'eu' } };
}

function parseOffset(s: string): number {
  const sign = s.startsWith('-') ? -1 : 1;
  const [h = 0, m = 0, sec = 0] = s.replace(/^[+-]/, '').split(':').map(Number);
  return sign * (h * 3600 + m * 60 + sec);
}

/** The offset and abbreviation in effect at `epoch` seconds. */
export function zoneAt(zone: Zone, epoch: number): { offset: number; abbr: string } {
  const dst = zone.dst;
  if (!dst) return zone.std;
  const year = new Date((epoch + zone.std.offset) * 1000).getUTCFullYear();
  let start: number;
  let end: number;
  if (dst.rule === 'us') {
    // Second Sunday of March 02:00 local standard time to first Sunday of November 02:00 local DST.
    start = nthSunday(year, 2, 2) + 7200 - zone.std.offset;
    end = nthSunday(year, 10, 1) + 7200 - dst.offset;
  } else if (dst.rule === 'au' || dst.rule === 'nz') {
    // Southern summer: DST from spring (Oct / last Sunday of Sep, 02:00 standard) until
    // the first Sunday of April, 03:00 daylight, so it spans the new year.
    const on = (dst.rule === 'au' ? nthSunday(year, 9, 1) : lastSunday(year, 8)) + 7200 - zone.std.offset;
    const off = nthSunday(year, 3, 1) + 10800 - dst.offset;
    return epoch >= on || epoch < off ? dst : zone.std;
  } else {
    // Last Sunday of March to last Sunday of October, 01:00 UTC.
    start = lastSunday(year, 2) + 3600;
    end = lastSunday(year, 9) + 3600;
  }
  return epoch >= start && epoch < end ? dst : zone.std;
}

function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(utcMs(year, month, 1)).getUTCDay();
  const day = 1 + ((7 - first) % 7) + (n - 1) * 7;
  return utcMs(year, month, day) / 1000;
}

function lastSunday(year: number, month: number): number {
  const last = new Date(utcMs(year, month + 1, 0));
  return utcMs(year, month, last.getUTCDate() - last.getUTCDay()) / 1000;
}

/** mktime: the epoch second of a local wall-clock time in `zone` (the earlier one when ambiguous). */
export function localToEpoch(zone: Zone, y: number, mon: number, d: number, h: number, mi: number, s: number): number {
  const wall = utcMs(y, mon, d, h, mi, s) / 1000;
  return localExact(zone, wall) ?? wall - zoneAt(zone, wall - zone.std.offset).offset;
}

/** The epoch second showing wall-clock `wall` (as UTC seconds) in `zone`; null in a DST gap. */
export function localExact(zone: Zone, wall: number): number | null {
  const offsets = zone.dst ? [zone.dst.offset, zone.std.offset] : [zone.std.offset];
  for (const off of offsets) if (zoneAt(zone, wall - off).offset === off) return wall - off;
  return null;
}

/** Date.UTC without its 0..99 → 1900s mapping (`date -d 0099-01-01` is year 99). */
export function utcMs(y: number, mon: number, d: number, h = 0, mi = 0, s = 0): number {
  const t = new Date(0);
  t.setUTCFullYear(y, mon, d);
  t.setUTCHours(h, mi, s, 0);
  return t.getTime();
}
