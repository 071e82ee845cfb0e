/** gnulib xstrtoumax: a number with an optional multiplier suffix, as coreutils parses sizes. */
export type XStrResult = { ok: true; value: bigint } | { ok: false; err: 'invalid' | 'suffix' | 'overflow' };

const UMAX = (1n << 64n) - 1n;
const POWERS: Record<string, number> = { k: 1, K: 1, M: 2, m: 2, G: 3, g: 3, T: 4, t: 4, P: 5, E: 6, Z: 7, Y: 8 };

/** The coreutils size suffixes (od -j/-N, split -b, head -c style). */
export const MULTIPLIERS = 'bEGKkMmPTYZ0';

export function xstrtoumax(s: string, base: 0 | 8 | 10 | 16, validSuffixes: string): XStrResult {
  const t = s.replace(/^[ \t\n\v\f\r]+/, '');
  if (t.startsWith('-')) return { ok: false, err: 'invalid' };
  let m: RegExpExecArray | null;
  let value: bigint;
  let rest: string;
  const body = t.startsWith('+') ? t.slice(1) : t;
  if ((base === 0 || base === 16) && (m = /^0[xX]([0-9a-fA-F]+)/.exec(body))) value = BigInt(`0x${m[1]}`);
  else if (base === 16 && (m = /^[0-9a-fA-F]+/.exec(body))) value = BigInt(`0x${m[0]}`);
  else if ((base === 0 || base === 8) && (m = base === 0 ? /^0[0-7]*/.exec(body) : /^[0-7]+/.exec(body))) value = BigInt(`0o${m[0] || '0'}`);
  else if (base !== 8 && (m = /^\d+/.exec(body))) value = BigInt(m[0]);
  else m = null, (value = 0n);
  if (m) rest = body.slice(m[0].length);
  else {
    if (!validSuffixes || body === '' || !validSuffixes.includes(body[0]!)) return { ok: false, err: 'invalid' };
    value = 1n;
    rest = body;
  }
  let overflow = value > UMAX;
  if (rest !== '') {
    if (!validSuffixes || !validSuffixes.includes(rest[0]!)) return { ok: false, err: 'suffix' };
    let mult = 1024n;
    let len = 1;
    if (validSuffixes.includes('0')) {
      if (rest[1] === 'i' && rest[2] === 'B') len += 2;
      else if (rest[1] === 'B' || rest[1] === 'D') {
        mult = 1000n;
        len++;
      }
    }
    const c = rest[0]!;
    let factor: bigint;
    if (c === 'b') factor = 512n;
    else if (c === 'B') factor = 1024n;
    else if (c === 'c') factor = 1n;
    else if (c === 'w') factor = 2n;
    else if (POWERS[c] !== undefined) factor = mult ** BigInt(POWERS[c]!);
    else return { ok: false, err: 'suffix' };
    value *= factor;
    if (value > UMAX) overflow = true;
    if (rest.length > len) return { ok: false, err: 'suffix' };
  }
  if (overflow) return { ok: false, err: 'overflow' };
  return { ok: true, value };
}

/** xstrtol_fatal's message for option `opt` (e.g. `-N` or `--read-bytes`). */
export function xstrtolMessage(err: 'invalid' | 'suffix' | 'overflow', opt: string, arg: string, quoteArg: (s: string) => string): string {
  if (err === 'invalid') return `invalid ${opt} argument ${quoteArg(arg)}`;
  if (err === 'suffix') return `invalid suffix in ${opt} argument ${quoteArg(arg)}`;
  return `${opt} argument ${quoteArg(arg)} too large`;
}
