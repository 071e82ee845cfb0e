import type { AppletContext } from '../types.ts';
import type { Stat } from '../../../kernel/fs/types.ts';

/** fstat(0) as far as the model can tell: stdin redirected from a file carries its path. */
export function stdinStat(ctx: AppletContext): Stat | undefined {
  const f = ctx.proc.fds.get(0);
  if (!f || f.label === 'pipe' || f.label.startsWith('pipe:')) return undefined;
  try {
    return ctx.fs.stat(f.label);
  } catch {
    return undefined;
  }
}
