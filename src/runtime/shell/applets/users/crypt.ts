import { createHash } from 'node:crypto';
import type { AppletContext } from '../types.ts';

const ALPHABET = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function encode(bytes: Buffer, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += ALPHABET[bytes[i % bytes.length]! & 63];
  return out;
}

/**
 * A hash shaped like the ones Ubuntu 22.04 writes (yescrypt `$y$j9T$…` from PAM, SHA-512
 * `$6$…` from chpasswd -c SHA512). The model does not compute the real algorithms: the digest
 * only has to be deterministic so the lab's own su/sudo/passwd can check a password against it.
 */
export function hashPassword(ctx: AppletContext, password: string, method: 'yescrypt' | 'sha512' = 'yescrypt'): string {
  const saltBytes = Buffer.from(Array.from({ length: 16 }, () => ctx.kernel.random.int(256)));
  const salt = encode(saltBytes, method === 'yescrypt' ? 22 : 16);
  const prefix = method === 'yescrypt' ? `$y$j9T$${salt}$` : `$6$${salt}$`;
  return prefix + digest(prefix, password, method === 'yescrypt' ? 43 : 86);
}

function digest(prefix: string, password: string, length: number): string {
  const h = createHash('sha512').update(prefix).update(Buffer.from(password, 'latin1')).digest();
  return encode(Buffer.concat([h, createHash('sha512').update(h).digest()]), length);
}

/** Whether `password` matches a stored hash made by hashPassword (locked/empty/other: no). */
export function checkPassword(stored: string, password: string): boolean {
  const m = /^(\$y\$j9T\$[^$]*\$|\$6\$[^$]*\$)(.*)$/.exec(stored);
  if (!m) return false;
  return digest(m[1]!, password, m[2]!.length) === m[2];
}
