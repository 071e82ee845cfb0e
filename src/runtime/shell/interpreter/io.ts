import type { OpenFile } from '../../kernel/proc/fd-table.ts';
import type { Process } from '../../kernel/proc/process.ts';
import { FsError } from '../../kernel/fs/errors.ts';

/** Bytes read ahead on a descriptor and not yet consumed (so `read` takes exactly one line). */
const pushback = new WeakMap<OpenFile, string>();

export async function readChunk(proc: Process, f: OpenFile): Promise<string | null> {
  const pending = pushback.get(f);
  if (pending) {
    pushback.delete(f);
    return pending;
  }
  if (!f.input) throw new FsError('EBADF');
  return f.input.read(proc);
}

export function unread(f: OpenFile, data: string): void {
  if (data === '') return;
  pushback.set(f, data + (pushback.get(f) ?? ''));
}

export async function readAll(proc: Process, f: OpenFile): Promise<string> {
  let out = '';
  for (;;) {
    const c = await readChunk(proc, f);
    if (c === null) return out;
    out += c;
  }
}

/** Reads up to and excluding `delim`; returns null at EOF with nothing read. */
export async function readUntil(proc: Process, f: OpenFile, delim = '\n'): Promise<{ text: string; found: boolean } | null> {
  let buf = '';
  for (;;) {
    const c = await readChunk(proc, f);
    if (c === null) return buf === '' ? null : { text: buf, found: false };
    const i = c.indexOf(delim);
    if (i >= 0) {
      unread(f, c.slice(i + 1));
      return { text: buf + c.slice(0, i), found: true };
    }
    buf += c;
  }
}

export async function writeTo(proc: Process, f: OpenFile | undefined, data: string): Promise<void> {
  if (!f?.output) throw new FsError('EBADF');
  if (data === '') return;
  await f.output.write(proc, data);
}
