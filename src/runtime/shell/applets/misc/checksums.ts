import { createHash } from 'node:crypto';

let table: Uint32Array | undefined;

/** POSIX cksum: CRC-32 (0x04C11DB7, MSB first) over the data and then its length. */
export function posixCrc(data: string): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i << 24;
      for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
      table[i] = c >>> 0;
    }
  }
  let crc = 0;
  const step = (b: number) => {
    crc = ((crc << 8) ^ table![((crc >>> 24) ^ b) & 0xff]!) >>> 0;
  };
  for (let i = 0; i < data.length; i++) step(data.charCodeAt(i));
  for (let n = data.length; n > 0; n = Math.floor(n / 256)) step(n & 0xff);
  return ~crc >>> 0;
}

/** sum -r / cksum -a bsd: "%05d %5d" of the rotating 16-bit checksum and 1024-byte blocks. */
export function bsdSum(data: string): string {
  let ck = 0;
  for (let i = 0; i < data.length; i++) {
    ck = (ck >> 1) + ((ck & 1) << 15);
    ck = (ck + data.charCodeAt(i)) & 0xffff;
  }
  return `${String(ck).padStart(5, '0')} ${String(Math.ceil(data.length / 1024)).padStart(5)}`;
}

/** sum -s / cksum -a sysv: "%d %d" of the folded byte sum and 512-byte blocks. */
export function sysvSum(data: string): string {
  let s = 0;
  for (let i = 0; i < data.length; i++) s = (s + data.charCodeAt(i)) >>> 0;
  const r = (s & 0xffff) + (s >>> 16);
  return `${(r & 0xffff) + (r >>> 16)} ${Math.ceil(data.length / 512)}`;
}

/** The cksum -a digests: tag for the BSD-style line and node's hash name. */
export const DIGESTS: Record<string, { tag: string; node: string }> = {
  md5: { tag: 'MD5', node: 'md5' },
  sha1: { tag: 'SHA1', node: 'sha1' },
  sha224: { tag: 'SHA224', node: 'sha224' },
  sha256: { tag: 'SHA256', node: 'sha256' },
  sha384: { tag: 'SHA384', node: 'sha384' },
  sha512: { tag: 'SHA512', node: 'sha512' },
  blake2b: { tag: 'BLAKE2b', node: 'blake2b512' },
  sm3: { tag: 'SM3', node: 'sm3' },
};

export function digestHex(algo: string, data: string): string {
  return createHash(DIGESTS[algo]!.node).update(Buffer.from(data, 'latin1')).digest('hex');
}
