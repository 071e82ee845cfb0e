import { createBlake2b } from '../textutils/blake2b.ts';

/** BLAKE2b of a byte string with a digest length node:crypto does not offer (cksum -a blake2b -l N). */
export function blake2bHex(data: string, outBytes: number): string {
  const h = createBlake2b(outBytes);
  h.update(Uint8Array.from(data, (c) => c.charCodeAt(0)));
  return h.digest('hex');
}
