// Flag value conversion with the exact error texts of pflag/strconv/docker opts (the Set methods).

export class ValueError extends Error {}

const goQ = (s: string): string => JSON.stringify(s);
const syntax = (fn: string, s: string): ValueError => new ValueError(`strconv.${fn}: parsing ${goQ(s)}: invalid syntax`);
const range = (fn: string, s: string): ValueError => new ValueError(`strconv.${fn}: parsing ${goQ(s)}: value out of range`);

export function parseBool(s: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  throw syntax('ParseBool', s);
}

// Go integer literal syntax with base 0 (0x, 0o, 0b, leading-0 octal, underscores between digits).
function goUint(s: string): bigint | undefined {
  let body = s;
  let base = 10;
  if (/^0[xX]/.test(body)) { base = 16; body = body.slice(2); }
  else if (/^0[bB]/.test(body)) { base = 2; body = body.slice(2); }
  else if (/^0[oO]/.test(body)) { base = 8; body = body.slice(2); }
  else if (/^0./.test(body)) { base = 8; body = body.slice(1); }
  if (body.includes('_')) {
    if (base === 10 && s.length > 0 && s[0] !== '0' && !/^[0-9](_?[0-9])*$/.test(body)) return undefined;
    if (!/^_?[0-9a-fA-F](_?[0-9a-fA-F])*$/.test(body) || (body[0] === '_' && base === 10)) return undefined;
    body = body.replace(/_/g, '');
  }
  const digits = '0123456789abcdef'.slice(0, base);
  if (body === '' || [...body.toLowerCase()].some((c) => !digits.includes(c))) return undefined;
  let v = 0n;
  for (const c of body.toLowerCase()) v = v * BigInt(base) + BigInt(digits.indexOf(c));
  return v;
}

export function parseInt(s: string, bits: number): number {
  const neg = s.startsWith('-');
  const v = goUint(neg || s.startsWith('+') ? s.slice(1) : s);
  if (v === undefined) throw syntax('ParseInt', s);
  const lim = 1n << BigInt(bits - 1);
  if (neg ? v > lim : v >= lim) throw range('ParseInt', s);
  return Number(neg ? -v : v);
}

export function parseUint(s: string, bits: number): number {
  const v = goUint(s);
  if (v === undefined) throw syntax('ParseUint', s);
  if (v >= 1n << BigInt(bits)) throw range('ParseUint', s);
  return Number(v);
}

const GO_FLOAT = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*(?:[eE][+-]?\d+)?|\d(?:_?\d)*\.(?:[eE][+-]?\d+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])$/;

export function parseFloat(s: string): number {
  if (!GO_FLOAT.test(s)) throw syntax('ParseFloat', s);
  const v = Number(s.replace(/_/g, '').replace(/^([+-]?)inf(inity)?$/i, '$1Infinity').replace(/^nan$/i, 'NaN'));
  if (!Number.isFinite(v) && !/inf|nan/i.test(s)) throw range('ParseFloat', s);
  return v;
}

/** units.RAMInBytes (docker/go-units parseSize with binary multipliers). */
export function ramInBytes(s: string): number {
  const bad = (): ValueError => new ValueError(`invalid size: '${s}'`);
  let sep = -1;
  for (let i = s.length - 1; i >= 0; i--) if ('01234567890. '.includes(s[i])) { sep = i; break; }
  if (sep === -1) throw bad();
  const num = s[sep] !== ' ' ? s.slice(0, sep + 1) : s.slice(0, sep);
  let sfx = s.slice(sep + 1);
  let size = parseFloat(num);
  if (size < 0) throw bad();
  if (sfx === '') return Math.trunc(size);
  const badSfx = (): ValueError => new ValueError(`invalid suffix: '${sfx}'`);
  if (sfx.length > 3) throw badSfx();
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') {
    if (sfx.length > 1) throw badSfx();
    return Math.trunc(size);
  }
  const mul = ({ k: 1, m: 2, g: 3, t: 4, p: 5 } as Record<string, number>)[sfx[0]];
  if (mul === undefined) throw badSfx();
  size *= 1024 ** mul;
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) throw badSfx();
  return Math.trunc(size);
}

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'Î¼s': 1e-3, 'Âµs': 1e-3, ms: 1, s: 1000, m: 60000, h: 3600000 };

/** time.ParseDuration → milliseconds (fractions of ms kept). */
export function parseDuration(orig: string): number {
  const q = goQ(orig);
  let s = orig;
  let neg = false;
  if (s[0] === '-' || s[0] === '+') { neg = s[0] === '-'; s = s.slice(1); }
  if (s === '0') return 0;
  if (s === '') throw new ValueError(`time: invalid duration ${q}`);
  let total = 0;
  while (s !== '') {
    const m = /^(\d*)(?:\.(\d*))?/.exec(s)!;
    if (m[0] === '' || m[0] === '.') throw new ValueError(`time: invalid duration ${q}`);
    s = s.slice(m[0].length);
    const u = /^[^\d.]*/.exec(s)![0];
    if (u === '') throw new ValueError(`time: missing unit in duration ${q}`);
    if (!(u in UNITS)) throw new ValueError(`time: unknown unit ${goQ(u)} in duration ${q}`);
    s = s.slice(u.length);
    total += Number(`${m[1] || '0'}.${m[2] ?? ''}0`) * UNITS[u];
  }
  return neg ? -total : total;
}

/** opts.NanoCPUs: a big.Rat, which must be a whole number of nano-CPUs. */
export function parseNanoCpus(s: string): number {
  const fail = (): ValueError => new ValueError(`failed to parse ${s} as a rational number`);
  let num: bigint;
  let den: bigint;
  const frac = /^([+-]?\d+)\/(\d+)$/.exec(s);
  if (frac) {
    num = BigInt(frac[1]);
    den = BigInt(frac[2]);
    if (den === 0n) throw fail();
  } else {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(s);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw fail();
    const digits = (m[2] || '0') + (m[3] ?? '');
    let exp = Number(m[4] ?? 0) - (m[3] ?? '').length;
    num = BigInt(digits) * (m[1] === '-' ? -1n : 1n);
    den = 1n;
    if (exp >= 0) num *= 10n ** BigInt(exp);
    else den = 10n ** BigInt(-exp);
    exp = 0;
  }
  const nano = num * 1000000000n;
  if (nano % den !== 0n) throw new ValueError('value is too precise');
  return Number(nano / den);
}
