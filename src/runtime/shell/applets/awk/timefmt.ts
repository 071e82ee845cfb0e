/** strftime()/mktime() for mawk's time extensions; the model's clock runs in UTC. */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const p2 = (n: number) => String(n).padStart(2, '0');

export function strftime(fmt: string, seconds: number): string {
  const d = new Date(seconds * 1000);
  const Y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  const H = d.getUTCHours();
  const M = d.getUTCMinutes();
  const S = d.getUTCSeconds();
  const wd = d.getUTCDay();
  const yday = Math.floor((Date.UTC(Y, m, day) - Date.UTC(Y, 0, 1)) / 86400000);
  const conv = (c: string): string | null => {
    switch (c) {
      case 'a': return DAYS[wd]!.slice(0, 3);
      case 'A': return DAYS[wd]!;
      case 'b':
      case 'h': return MONTHS[m]!.slice(0, 3);
      case 'B': return MONTHS[m]!;
      case 'c': return `${conv('a')} ${conv('b')} ${conv('e')} ${conv('T')} ${Y}`;
      case 'C': return p2(Math.floor(Y / 100));
      case 'd': return p2(day);
      case 'D': return `${p2(m + 1)}/${p2(day)}/${p2(Y % 100)}`;
      case 'e': return String(day).padStart(2, ' ');
      case 'F': return `${Y}-${p2(m + 1)}-${p2(day)}`;
      case 'H': return p2(H);
      case 'I': return p2(H % 12 || 12);
      case 'j': return String(yday + 1).padStart(3, '0');
      case 'k': return String(H).padStart(2, ' ');
      case 'l': return String(H % 12 || 12).padStart(2, ' ');
      case 'm': return p2(m + 1);
      case 'M': return p2(M);
      case 'n': return '\n';
      case 'p': return H < 12 ? 'AM' : 'PM';
      case 'r': return `${conv('I')}:${p2(M)}:${p2(S)} ${conv('p')}`;
      case 'R': return `${p2(H)}:${p2(M)}`;
      case 's': return String(Math.floor(seconds));
      case 'S': return p2(S);
      case 't': return '\t';
      case 'T': return `${p2(H)}:${p2(M)}:${p2(S)}`;
      case 'u': return String(wd || 7);
      case 'w': return String(wd);
      case 'x': return `${p2(m + 1)}/${p2(day)}/${p2(Y % 100)}`;
      case 'X': return `${p2(H)}:${p2(M)}:${p2(S)}`;
      case 'y': return p2(Y % 100);
      case 'Y': return String(Y);
      case 'z': return '+0000';
      case 'Z': return 'UTC';
      case '%': return '%';
      default: return null;
    }
  };
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    if (fmt[i] !== '%' || i + 1 >= fmt.length) {
      out += fmt[i];
      continue;
    }
    const r = conv(fmt[++i]!);
    out += r ?? '%' + fmt[i];
  }
  return out;
}

/** mktime("YYYY MM DD HH MM SS [DST]"), -1 when fewer than six numbers. */
export function mktime(spec: string): number {
  const nums: number[] = [];
  const re = /^\s*([-+]?\d+)/;
  let rest = spec;
  for (let k = 0; k < 7; k++) {
    const m = re.exec(rest);
    if (!m) break;
    nums.push(Number(m[1]));
    rest = rest.slice(m[0].length);
  }
  if (nums.length < 6) return -1;
  const [Y, mo, d, H, M, S] = nums as [number, number, number, number, number, number];
  return Math.floor(Date.UTC(Y, mo - 1, d, H, M, S) / 1000);
}
