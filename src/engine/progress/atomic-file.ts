import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes a file so that a crash (or `kill -9`) at any moment leaves either the old content or
 * the new one: a temp file beside it, then rename over it (atomic within a directory). `durable`
 * adds an fsync before the rename so a power cut cannot leave an empty file either; it costs
 * 3-20 ms, so the per-command exercise state skips it (a process crash is covered without it).
 */
export function writeFileAtomic(file: string, text: string, durable = true): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeFileSync(fd, text);
    if (durable) fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export type ReadJson = { kind: 'none' } | { kind: 'ok'; value: unknown } | { kind: 'unreadable'; reason: string };

export function readJson(file: string): ReadJson {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'unreadable', reason: (e as Error).message };
  }
  try {
    return { kind: 'ok', value: JSON.parse(text) };
  } catch (e) {
    return { kind: 'unreadable', reason: `not JSON (${(e as Error).message})` };
  }
}

/** A file we cannot use is kept as `FILE.bak` for the student (or us) to look at, never deleted. */
export function keepAside(file: string): string {
  const bak = `${file}.bak`;
  fs.renameSync(file, bak);
  return bak;
}
