import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { deflateLazy } from './deflate-lz.ts';

/**
 * The gzip member format (RFC 1952) written the way gzip 1.12 does: FNAME for files unless -n,
 * the file's mtime (0 for stdin or with -n), XFL 2 for -9 / 4 for -1, OS byte 3 (Unix).
 * The deflate stream is a port of upstream zlib's (byte-identical to gzip's output for inputs
 * up to a few tens of KiB; gzip's own block splitting differs beyond that).
 */
export function gzipEncode(data: string, level: number, name: string | null, mtimeSec: number): string {
  const body = deflate(Buffer.from(data, 'latin1'), level);
  const head = Buffer.alloc(10);
  head[0] = 0x1f;
  head[1] = 0x8b;
  head[2] = 8;
  head[3] = name !== null ? 0x08 : 0;
  head.writeUInt32LE(mtimeSec >>> 0, 4);
  head[8] = level === 9 ? 2 : level === 1 ? 4 : 0;
  head[9] = 3;
  const tail = Buffer.alloc(8);
  tail.writeUInt32LE(crc32(Buffer.from(data, 'latin1')) >>> 0, 0);
  tail.writeUInt32LE(data.length >>> 0, 4);
  const nameBuf = name !== null ? Buffer.from(`${name}\0`, 'latin1') : Buffer.alloc(0);
  return Buffer.concat([head, nameBuf, body, tail]).toString('latin1');
}

export interface GzInfo {
  data: string;
  name: string | null;
  mtime: number;
  /** Bytes of deflate payload (what gzip's ratio is computed from). */
  payload: number;
  size: number;
}

export class NotGzip extends Error {}
export class CorruptGzip extends Error {}

/** Decodes one or more concatenated members; throws NotGzip / CorruptGzip. */
export function gzipDecode(raw: string): GzInfo {
  const buf = Buffer.from(raw, 'latin1');
  if (buf.length < 2 || buf[0] !== 0x1f || buf[1] !== 0x8b) throw new NotGzip();
  let pos = 0;
  let out = '';
  let first: { name: string | null; mtime: number } | null = null;
  let payload = 0;
  while (pos < buf.length) {
    if (buf[pos] !== 0x1f || buf[pos + 1] !== 0x8b) {
      if (first) break;
      throw new NotGzip();
    }
    if (buf.length - pos < 18 || buf[pos + 2] !== 8) throw new CorruptGzip();
    const flg = buf[pos + 3]!;
    const mtime = buf.readUInt32LE(pos + 4);
    let p = pos + 10;
    if (flg & 4) p += 2 + buf.readUInt16LE(p);
    let name: string | null = null;
    if (flg & 8) {
      const end = buf.indexOf(0, p);
      if (end < 0) throw new CorruptGzip();
      name = buf.subarray(p, end).toString('latin1');
      p = end + 1;
    }
    if (flg & 16) p = buf.indexOf(0, p) + 1;
    if (flg & 2) p += 2;
    let inflated: Buffer;
    let used: number;
    try {
      const r = inflateRawSync(buf.subarray(p), { info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
      inflated = r.buffer;
      used = r.engine.bytesWritten;
    } catch {
      throw new CorruptGzip();
    }
    if (p + used + 8 > buf.length) throw new CorruptGzip();
    const crc = buf.readUInt32LE(p + used);
    if (crc !== crc32(inflated) >>> 0) throw new CorruptGzip();
    out += inflated.toString('latin1');
    payload += used;
    first ??= { name, mtime };
    pos = p + used + 8;
  }
  return { data: out, name: first!.name, mtime: first!.mtime, payload, size: raw.length };
}

function deflate(input: Buffer, level: number): Buffer {
  if (level >= 1 && level <= 9) {
    const ours = Buffer.from(deflateLazy(input, level));
    // A port slip must never corrupt archives: keep the stream only if it inflates back.
    try {
      if (inflateRawSync(ours).equals(input)) return ours;
    } catch {
      /* fall through to Node's zlib */
    }
  }
  return deflateRawSync(input, { level });
}
