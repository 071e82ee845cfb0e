/**
 * strftime for the model's clock. The model runs in UTC (TZ unset, /etc/localtime = UTC), so
 * every time is formatted from its UTC fields; %Z prints UTC and %z +0000.
 */
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whole seconds and nanoseconds of a virtual-clock time in milliseconds (may be fractional). */
export function splitTime(ms: number): { sec: number; ns: number } {
  const sec = Math.floor(ms / 1000);
  const ns = Math.min(999_999_999, Math.max(0, Math.round((ms - sec * 1000) * 1e6)));
  return { sec, ns };
}

const pad = (n: number, w: number, c = '0') => String(n).padStart(w, c);

function isoWeek(d: Date): { year: number; week: number } {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - day + 3);
  const firstThu = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((t.getTime() - firstThu.getTime()) / 86400000 - 3 + ((firstThu.getUTCDay() + 6) % 7)) / 7);
  return { year: t.getUTCFullYear(), week };
}

/** strftime(3) in the C locale, including GNU's %N (nanoseconds) and the `-`, `_`, `0` flags. */
export function strftime(fmt: string, ms: number): string {
  const { sec, ns } = splitTime(ms);
  const d = new Date(sec * 1000);
  const Y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  const H = d.getUTCHours();
  const M = d.getUTCMinutes();
  const S = d.getUTCSeconds();
  const wd = d.getUTCDay();
  const yday = Math.floor((Date.UTC(Y, mo, day) - Date.UTC(Y, 0, 1)) / 86400000);
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    let flag = '';
    let j = i + 1;
    if ('-_0^#'.includes(fmt[j]!)) flag = fmt[j++]!;
    const conv = fmt[j];
    if (conv === undefined) {
      out += fmt.slice(i);
      break;
    }
    i = j;
    const num = (n: number, w: number, padc = '0'): string => {
      if (flag === '-') return String(n);
      if (flag === '_') return pad(n, w, ' ');
      if (flag === '0') return pad(n, w, '0');
      return pad(n, w, padc);
    };
    switch (conv) {
      case 'a': out += DAYS[wd]!.slice(0, 3); break;
      case 'A': out += DAYS[wd]; break;
      case 'b': case 'h': out += MONTHS[mo]!.slice(0, 3); break;
      case 'B': out += MONTHS[mo]; break;
      case 'c': out += strftime('%a %b %e %H:%M:%S %Y', ms); break;
      case 'C': out += num(Math.floor(Y / 100), 2); break;
      case 'd': out += num(day, 2); break;
      case 'D': out += strftime('%m/%d/%y', ms); break;
      case 'e': out += num(day, 2, ' '); break;
      case 'F': out += strftime('%Y-%m-%d', ms); break;
      case 'g': out += num(isoWeek(d).year % 100, 2); break;
      case 'G': out += isoWeek(d).year; break;
      case 'H': out += num(H, 2); break;
      case 'I': out += num(H % 12 || 12, 2); break;
      case 'j': out += num(yday + 1, 3); break;
      case 'k': out += num(H, 2, ' '); break;
      case 'l': out += num(H % 12 || 12, 2, ' '); break;
      case 'm': out += num(mo + 1, 2); break;
      case 'M': out += num(M, 2); break;
      case 'n': out += '\n'; break;
      case 'N': out += pad(ns, 9); break;
      case 'p': out += H < 12 ? 'AM' : 'PM'; break;
      case 'P': out += H < 12 ? 'am' : 'pm'; break;
      case 'r': out += strftime('%I:%M:%S %p', ms); break;
      case 'R': out += strftime('%H:%M', ms); break;
      case 's': out += sec; break;
      case 'S': out += num(S, 2); break;
      case 't': out += '\t'; break;
      case 'T': out += strftime('%H:%M:%S', ms); break;
      case 'u': out += wd === 0 ? 7 : wd; break;
      case 'U': out += num(Math.floor((yday + 7 - wd) / 7), 2); break;
      case 'V': out += num(isoWeek(d).week, 2); break;
      case 'w': out += wd; break;
      case 'W': out += num(Math.floor((yday + 7 - ((wd + 6) % 7)) / 7), 2); break;
      case 'x': out += strftime('%m/%d/%y', ms); break;
      case 'X': out += strftime('%H:%M:%S', ms); break;
      case 'y': out += num(Y % 100, 2); break;
      case 'Y': out += Y; break;
      case 'z': out += '+0000'; break;
      case 'Z': out += 'UTC'; break;
      case '%': out += '%'; break;
      default: out += `%${flag}${conv}`;
    }
  }
  return out;
}

/** `2026-01-05 08:00:00.000000000 +0000`, as stat and ls --full-time print times. */
export function fullIso(ms: number): string {
  return strftime('%Y-%m-%d %H:%M:%S.%N %z', ms);
}
