import { type Errno, FsError, STRERROR } from '../fs/errors.ts';

/**
 * ERANGE, once the model's errno table has it; until then EINVAL, the nearest errno it knows.
 * (Writing 5 to cpuset.cpus on a 2-CPU machine prints "Numerical result out of range".)
 */
export function erange(): FsError {
  return new FsError(('ERANGE' in STRERROR ? 'ERANGE' : 'EINVAL') as Errno);
}

/**
 * The kernel's own string parsers, as cgroup control files use them (lib/kstrtox.c,
 * lib/vsprintf.c simple_strtoull, lib/cmdline.c memparse, mm/page_counter.c). Writing text that
 * they reject is what makes `echo x > memory.limit_in_bytes` fail with EINVAL.
 *
 * The kernel answers ERANGE ("Numerical result out of range") for numbers that overflow; see
 * `erange()`.
 */

export const U64_MAX = (1n << 64n) - 1n;
const MASK64 = U64_MAX;

const isSpace = (c: string | undefined): boolean => c !== undefined && ' \t\n\v\f\r'.includes(c);

/** strstrip(): leading and trailing whitespace removed. */
export function strstrip(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s[a])) a++;
  while (b > a && isSpace(s[b - 1])) b--;
  return s.slice(a, b);
}

function digitValue(c: string): number {
  const code = c.toLowerCase().charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return 99;
}

const isXDigit = (c: string | undefined): boolean => c !== undefined && digitValue(c) < 16;

/** _parse_integer_fixup_radix: base 0 means 0x → 16, leading 0 → 8, else 10. Returns [base, skip]. */
function fixupRadix(s: string, base: number): [number, number] {
  if (base === 0) {
    if (s[0] === '0') base = s[1]?.toLowerCase() === 'x' && isXDigit(s[2]) ? 16 : 8;
    else base = 10;
  }
  const skip = base === 16 && s[0] === '0' && s[1]?.toLowerCase() === 'x' ? 2 : 0;
  return [base, skip];
}

/** Digits consumed, value (wrapping at 64 bits) and whether it overflowed. */
function parseDigits(s: string, from: number, base: number): { end: number; value: bigint; overflow: boolean } {
  let value = 0n;
  let overflow = false;
  let i = from;
  for (; i < s.length; i++) {
    const d = digitValue(s[i]!);
    if (d >= base) break;
    const next = value * BigInt(base) + BigInt(d);
    if (next > MASK64) overflow = true;
    value = next & MASK64;
  }
  return { end: i, value, overflow };
}

function kstrtoullRaw(s: string, base: number): bigint {
  const [b, skip] = fixupRadix(s, base);
  const r = parseDigits(s, skip, b);
  if (r.overflow) throw erange();
  if (r.end === skip) throw new FsError('EINVAL');
  let end = r.end;
  if (s[end] === '\n') end++;
  if (end !== s.length) throw new FsError('EINVAL');
  return r.value;
}

/** kstrtoull(): an optional '+', digits, at most one trailing newline, nothing else. */
export function kstrtoull(s: string, base = 0): bigint {
  return kstrtoullRaw(s.startsWith('+') ? s.slice(1) : s, base);
}

/** kstrtoll(): signed 64-bit. */
export function kstrtoll(s: string, base = 0): bigint {
  if (s.startsWith('-')) {
    const v = kstrtoullRaw(s.slice(1), base);
    if (v > 1n << 63n) throw erange();
    return -v;
  }
  const v = kstrtoull(s, base);
  if (v >= 1n << 63n) throw erange();
  return v;
}

/** kstrtoint(): signed 32-bit. */
export function kstrtoint(s: string, base = 0): number {
  const v = kstrtoll(s, base);
  if (v > 2147483647n || v < -2147483648n) throw erange();
  return Number(v);
}

/** simple_strtoull(): no sign, no whitespace; stops at the first non-digit. */
export function simpleStrtoull(s: string): { value: bigint; end: number } {
  const [b, skip] = fixupRadix(s, 0);
  const r = parseDigits(s, skip, b);
  return { value: r.value, end: r.end };
}

const SUFFIX_SHIFT: Record<string, bigint> = { k: 10n, m: 20n, g: 30n, t: 40n, p: 50n, e: 60n };

/** memparse(): a number with an optional K/M/G/T/P/E suffix (either case). */
export function memparse(s: string): { value: bigint; end: number } {
  const r = simpleStrtoull(s);
  const shift = SUFFIX_SHIFT[s[r.end]?.toLowerCase() ?? ''];
  if (shift === undefined) return r;
  return { value: (r.value << shift) & MASK64, end: r.end + 1 };
}

export const PAGE_SIZE = 4096;
/** LONG_MAX / PAGE_SIZE: "unlimited" for a page counter (9223372036854771712 bytes). */
export const PAGE_COUNTER_MAX = Number((1n << 63n) / 4096n - 1n);

/** page_counter_memparse(): `max` (e.g. "-1") is unlimited, else bytes rounded down to pages. */
export function pageCounterMemparse(buf: string, max = '-1'): number {
  if (buf === max) return PAGE_COUNTER_MAX;
  const r = memparse(buf);
  if (r.end !== buf.length) throw new FsError('EINVAL');
  const pages = r.value / BigInt(PAGE_SIZE);
  return pages > BigInt(PAGE_COUNTER_MAX) ? PAGE_COUNTER_MAX : Number(pages);
}

/** Pages to the byte count the kernel prints (u64, may exceed 2^53). */
export const pagesToBytes = (pages: number): string => String(BigInt(pages) * BigInt(PAGE_SIZE));

/**
 * bitmap_parselist() for cpu and memory-node lists: "0-1", "0,1", "0-3:1/2". An empty string is
 * an empty set. Bits at or above `nbits` are ERANGE.
 */
export function parseCpuList(s: string, nbits: number): Set<number> {
  const out = new Set<number>();
  if (s === '') return out;
  for (const part of s.split(',')) {
    const m = /^(\d+)(?:-(\d+)(?::(\d+)\/(\d+))?)?$/.exec(part);
    if (!m) throw new FsError('EINVAL');
    const start = Number(m[1]);
    const end = m[2] !== undefined ? Number(m[2]) : start;
    const used = m[3] !== undefined ? Number(m[3]) : 1;
    const group = m[4] !== undefined ? Number(m[4]) : 1;
    if (start > end || group === 0 || used > group) throw new FsError('EINVAL');
    if (end >= nbits) throw erange();
    for (let i = start; i <= end; i++) if ((i - start) % group < used) out.add(i);
  }
  return out;
}

/** The kernel's "%*pbl" list format: ascending, runs collapsed ("0-1", "0,2-3"). */
export function formatCpuList(set: ReadonlySet<number>): string {
  const ids = [...set].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < ids.length; ) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j]! + 1) j++;
    parts.push(i === j ? `${ids[i]}` : `${ids[i]}-${ids[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}
