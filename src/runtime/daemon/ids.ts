import { createHash } from 'node:crypto';
import type { SeededRandom } from '../kernel/random.ts';

/** A random 64-hex id (containers, exec instances, volumes), from the host's seeded generator. */
export function randomId(random: SeededRandom): string {
  return random.hex(64);
}

/** Content address of a string (image ids are the sha256 of their config JSON). */
export function sha256(data: string): string {
  return createHash('sha256').update(data, 'latin1').digest('hex');
}

export const shortId = (id: string): string => id.replace(/^sha256:/, '').slice(0, 12);

/** RFC 3339 with nanoseconds as the engine prints it (Go's time.RFC3339Nano, trailing zeros trimmed). */
// Timestamps come in bursts within one virtual second: its date-time text is kept.
let lastSecond = NaN;
let lastPrefix = '';

export function rfc3339Nano(ms: number, nanosExtra = 0): string {
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastPrefix = new Date(second * 1000).toISOString().slice(0, 19);
  }
  let frac = String(Math.floor(ms) % 1000).padStart(3, '0') + String(nanosExtra).padStart(6, '0');
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  frac = frac.slice(0, end);
  return `${lastPrefix}${frac ? `.${frac}` : ''}Z`;
}

export const ZERO_TIME = '0001-01-01T00:00:00Z';
