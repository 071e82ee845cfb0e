import type { AppletContext } from '../types.ts';

/** getpwuid/getgrgid over the caller's /etc/passwd and /etc/group (absent files: no names). */
export function idNames(ctx: AppletContext): { user: (uid: number) => string | undefined; group: (gid: number) => string | undefined } {
  const table = (path: string): Map<number, string> => {
    const m = new Map<number, string>();
    let text = '';
    try {
      text = ctx.fs.readFile(path);
    } catch {
      return m; // no database: ipcs prints numbers, as with an unknown id
    }
    for (const line of text.split('\n')) {
      const f = line.split(':');
      const id = Number(f[2]);
      if (f.length > 2 && f[2] !== '' && Number.isInteger(id) && !m.has(id)) m.set(id, f[0]!);
    }
    return m;
  };
  let users: Map<number, string> | undefined;
  let groups: Map<number, string> | undefined;
  return {
    user: (uid) => (users ??= table('/etc/passwd')).get(uid),
    group: (gid) => (groups ??= table('/etc/group')).get(gid),
  };
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ctime(3) without the newline, in UTC (the model's zone): `Mon Nov 23 18:31:57 2026`. */
export function ctime24(seconds: number): string {
  const d = new Date(seconds * 1000);
  const p2 = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/** util-linux size_to_human_string(SIZE_SUFFIX_1LETTER): `0B`, `1K`, `4.9K`, `16E`. */
export function humanSize(bytes: bigint | number): string {
  const b = BigInt(bytes);
  let exp = 0;
  while (exp < 60 && b >= 1n << BigInt(exp + 10)) exp += 10;
  if (exp === 0) return `${b}B`;
  let dec = b >> BigInt(exp);
  let frac = b % (1n << BigInt(exp));
  if (frac) {
    frac = (frac / (1n << BigInt(exp - 10)) + 50n) / 100n;
    if (frac === 10n) {
      dec += 1n;
      frac = 0n;
    }
  }
  const suffix = 'BKMGTPEZY'[exp / 10]!;
  return frac ? `${dec}.${frac}${suffix}` : `${dec}${suffix}`;
}

/** printf `%-Ns` / `%-N.Ms`. */
export const left = (s: string | number, w: number, max?: number) => (max === undefined ? String(s) : String(s).slice(0, max)).padEnd(w);
/** printf `%Nd`. */
export const right = (s: string | number, w: number) => String(s).padStart(w);
/** The key as `0x%08x` prints a signed key_t. */
export const hexKey = (key: number) => `0x${(key >>> 0).toString(16).padStart(8, '0')}`;
