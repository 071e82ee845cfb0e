/** RFC 4648 base32 as coreutils' base32 does it (gnulib base32.c): encode, and decode_8. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Encodes whole input; callers feed multiples of 5 bytes except at the end. */
export function encodeBase32(data: string): string {
  let out = '';
  for (let i = 0; i < data.length; i += 5) {
    const chunk = data.slice(i, i + 5);
    let bits = 0n;
    for (let j = 0; j < 5; j++) bits = (bits << 8n) | BigInt(chunk.charCodeAt(j) || 0);
    const chars = [2, 4, 5, 7, 8][chunk.length - 1]!;
    for (let j = 0; j < 8; j++) out += j < chars ? ALPHABET[Number((bits >> BigInt(35 - 5 * j)) & 31n)] : '=';
  }
  return out;
}

/**
 * Decodes 8-character groups (newlines skipped; with -i everything outside the alphabet);
 * a bad group still yields the bytes completed before the bad character, as decode_8 does.
 */
export function decodeBase32(data: string, garbage: boolean): { out: string; error?: string } {
  const s = garbage ? [...data].filter((c) => VALUE.has(c) || c === '=').join('') : data.replace(/\n/g, '');
  let out = '';
  const bad = () => ({ out, error: 'invalid input' });
  for (let i = 0; i < s.length; i += 8) {
    const g = s.slice(i, i + 8);
    if (g.length < 8) return bad();
    const v = [...g].map((c) => VALUE.get(c));
    const ok = (...ks: number[]) => ks.every((k) => v[k] !== undefined);
    const padFrom = (k: number) => g.slice(k) === '='.repeat(8 - k);
    const byte = (n: number) => { out += String.fromCharCode(n & 0xff); };
    if (!ok(0, 1)) return bad();
    byte((v[0]! << 3) | (v[1]! >> 2));
    if (g[2] === '=') { if (!padFrom(2)) return bad(); continue; }
    if (!ok(2, 3)) return bad();
    byte((v[1]! << 6) | (v[2]! << 1) | (v[3]! >> 4));
    if (g[4] === '=') { if (!padFrom(4)) return bad(); continue; }
    if (!ok(4)) return bad();
    byte((v[3]! << 4) | (v[4]! >> 1));
    if (g[5] === '=') { if (!padFrom(5)) return bad(); continue; }
    if (!ok(5, 6)) return bad();
    byte((v[4]! << 7) | (v[5]! << 2) | (v[6]! >> 3));
    if (g[7] === '=') continue;
    if (!ok(7)) return bad();
    byte((v[6]! << 5) | v[7]!);
  }
  return { out };
}
