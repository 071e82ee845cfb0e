/**
 * The timestamp styles of the servers' logs, from the virtual clock (ms, maybe fractional).
 * Containers run in UTC, so every style is UTC.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const p2 = (n: number) => String(n).padStart(2, '0');

function parts(ms: number) {
  const d = new Date(Math.floor(ms));
  const nanos = Math.round((ms - Math.floor(ms / 1000) * 1000) * 1e6);
  return {
    y: d.getUTCFullYear(), mo: d.getUTCMonth(), d: d.getUTCDate(), wd: d.getUTCDay(),
    time: `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`,
    frac: String(Math.min(nanos, 999999999)).padStart(9, '0'),
  };
}

/** nginx error log: `2024/04/16 18:20:00`. */
export function nginxTime(ms: number): string {
  const t = parts(ms);
  return `${t.y}/${p2(t.mo + 1)}/${p2(t.d)} ${t.time}`;
}

/** redis: `16 Apr 2024 18:20:00.123`. */
export function redisTime(ms: number): string {
  const t = parts(ms);
  return `${p2(t.d)} ${MONTHS[t.mo]} ${t.y} ${t.time}.${t.frac.slice(0, 3)}`;
}

/** ISO 8601 with microseconds (mysqld's error log): `2024-04-16T18:20:00.123456Z`. */
export function isoMicros(ms: number): string {
  const t = parts(ms);
  return `${t.y}-${p2(t.mo + 1)}-${p2(t.d)}T${t.time}.${t.frac.slice(0, 6)}Z`;
}

/** `date --rfc-3339=seconds` in UTC (the mysql entrypoint's notes): `2024-04-16 18:20:00+00:00`. */
export function rfc3339Seconds(ms: number): string {
  const t = parts(ms);
  return `${t.y}-${p2(t.mo + 1)}-${p2(t.d)} ${t.time}+00:00`;
}

/** Go's time.RFC3339Nano (logrus): trailing zeros of the fraction dropped, `2023-10-02T18:27:33.5Z`. */
export function goRfc3339Nano(ms: number): string {
  const t = parts(ms);
  const frac = t.frac.replace(/0+$/, '');
  return `${t.y}-${p2(t.mo + 1)}-${p2(t.d)}T${t.time}${frac ? `.${frac}` : ''}Z`;
}

/** Tomcat's OneLineFormatter: `16-Apr-2024 18:20:00.123`. */
export function tomcatTime(ms: number): string {
  const t = parts(ms);
  return `${p2(t.d)}-${MONTHS[t.mo]}-${t.y} ${t.time}.${t.frac.slice(0, 3)}`;
}

/** Apache httpd's error log: `Tue Apr 16 18:20:00.123456 2024`. */
export function httpdTime(ms: number): string {
  const t = parts(ms);
  return `${DAYS[t.wd]} ${MONTHS[t.mo]} ${p2(t.d)} ${t.time}.${t.frac.slice(0, 6)} ${t.y}`;
}
