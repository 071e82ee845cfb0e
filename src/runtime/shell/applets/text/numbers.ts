/**
 * gnulib xstrtoumax as coreutils uses it for counts and sizes: decimal digits, then an
 * optional multiplier suffix (`b` 512, `K`/`k` 1024, `M`, `G`… and `KB` 1000, `KiB` 1024).
 */
export type ParsedCount = { ok: true; value: bigint } | { ok: false; overflow: boolean };

const POWERS = 'KMGTPEZY';

export function parseSize(s: string, suffixes = 'bkKmMGTPEZY0'): ParsedCount {
  const m = /^\s*\+?(\d+)(.*)$/s.exec(s);
  if (!m) return { ok: false, overflow: false };
  let v = BigInt(m[1]!);
  const suf = m[2]!;
  if (suf !== '') {
    const c = suf[0]!;
    if (!suffixes.includes(c)) return { ok: false, overflow: false };
    let base = 1024n;
    let rest = suf.slice(1);
    if (suffixes.includes('0')) {
      if (rest === 'B') {
        base = 1000n;
        rest = '';
      } else if (rest === 'iB') rest = '';
    }
    if (rest !== '') return { ok: false, overflow: false };
    if (c === 'b') v *= 512n;
    else if (c === 'c') v *= 1n;
    else if (c === 'w') v *= 2n;
    else {
      const p = POWERS.indexOf(c.toUpperCase());
      if (p < 0) return { ok: false, overflow: false };
      v *= base ** BigInt(p + 1);
    }
  }
  if (v > 0xffffffffffffffffn) return { ok: false, overflow: true };
  return { ok: true, value: v };
}

/** Clamps a count to what a JS loop can use; beyond that it means "everything". */
export function toCount(v: bigint): number {
  return v > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(v);
}
