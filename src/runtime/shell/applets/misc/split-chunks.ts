/** One output file's contents. */
export interface Piece {
  data: string;
}

/** Cuts the whole input into the pieces split writes, for every splitting mode. */
export function chunkPieces(data: string, mode: 'l' | 'b' | 'C' | 'n', amount: bigint, chunk: { kind: 'b' | 'l' | 'r'; k: number; n: number } | null, sep: string): Piece[] {
  const out: Piece[] = [];
  const records = () => {
    const parts = data.split(sep).map((s) => s + sep);
    parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -sep.length);
    if (parts[parts.length - 1] === '') parts.pop();
    return parts;
  };
  if (mode === 'l') {
    const n = Number(amount > 1n << 40n ? 1n << 40n : amount);
    const recs = records();
    for (let i = 0; i < recs.length; i += n) out.push({ data: recs.slice(i, i + n).join('') });
    return out;
  }
  if (mode === 'b') {
    const n = Number(amount > 1n << 40n ? 1n << 40n : amount);
    for (let i = 0; i < data.length; i += n) out.push({ data: data.slice(i, i + n) });
    return out;
  }
  if (mode === 'C') {
    const size = Number(amount > 1n << 40n ? 1n << 40n : amount);
    let buf = '';
    for (let line of records()) {
      if (buf.length + line.length <= size) {
        buf += line;
        continue;
      }
      if (buf) out.push({ data: buf });
      buf = '';
      while (line.length > size) {
        out.push({ data: line.slice(0, size) });
        line = line.slice(size);
      }
      buf = line;
    }
    if (buf) out.push({ data: buf });
    return out;
  }
  const { kind, k, n } = chunk!;
  const size = data.length;
  const cs = Math.floor(size / n);
  const rem = size % n;
  const endOf = (c: number) => c * cs + Math.min(c, rem);
  if (kind === 'b') {
    // byte chunks are equal; the last one takes the remainder
    const w = Math.max(cs, 1);
    for (let c = 1; c <= n; c++) out.push({ data: data.slice(Math.min((c - 1) * w, size), c === n ? size : Math.min(c * w, size)) });
  } else if (kind === 'l') {
    let pos = 0;
    for (let c = 1; c <= n; c++) {
      const end = endOf(c);
      if (pos >= end) {
        out.push({ data: '' });
        continue;
      }
      const nl = data.indexOf(sep, Math.max(pos, end - 1));
      const stop = nl < 0 ? size : nl + sep.length;
      out.push({ data: data.slice(pos, stop) });
      pos = stop;
    }
  } else {
    const bins: string[][] = Array.from({ length: n }, () => []);
    records().forEach((r, i) => bins[i % n]!.push(r));
    for (const b of bins) out.push({ data: b.join('') });
  }
  return k ? [out[k - 1]!] : out;
}
