/**
 * coreutils' xstrtoumax suffixes: K/M/G/T/P/E/Z/Y are powers of 1024, KB/MB… powers of 1000,
 * KiB/MiB… powers of 1024; `extra` adds tool-specific ones (dd: c, w, b).
 */
const POW = 'KMGTPEZY';

export function parseSize(s: string, extra: Record<string, number> = {}): number | null {
  const m = /^(\d+)([A-Za-z]*)$/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  const suf = m[2]!;
  if (suf === '') return n;
  if (Object.hasOwn(extra, suf)) return n * extra[suf]!;
  const i = POW.indexOf(suf[0] === 'k' ? 'K' : suf[0]!);
  if (i < 0) return null;
  const rest = suf.slice(1);
  if (rest === '' || rest === 'iB') return n * 1024 ** (i + 1);
  if (rest === 'B') return n * 1000 ** (i + 1);
  return null;
}
