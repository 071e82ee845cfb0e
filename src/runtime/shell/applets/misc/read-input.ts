import { FsError } from '../../../kernel/fs/errors.ts';
import type { AppletContext } from '../types.ts';

/**
 * A whole input file (`-` is stdin) as a byte string. Opening a directory succeeds in the real
 * tools and the first read fails, so it surfaces here as EISDIR like a read error.
 */
export async function readInput(ctx: AppletContext, file: string): Promise<string> {
  if (file !== '-' && ctx.fs.stat(file).type === 'dir') throw new FsError('EISDIR', file);
  const s = ctx.open(file);
  const parts: string[] = [];
  try {
    for (;;) {
      const c = await s.read(ctx.proc);
      if (c === null) break;
      parts.push(c);
      await ctx.tick(1);
    }
  } finally {
    s.close();
  }
  return parts.join('');
}

/** Lines with their terminator; a final unterminated line gets one, as readlinebuffer does. */
export function splitLines(data: string, delim = '\n'): string[] {
  if (data === '') return [];
  const parts = data.split(delim);
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}
