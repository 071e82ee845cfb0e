import type { AppletContext } from '../types.ts';

/**
 * coreutils cat refuses to read a non-empty regular file that is also its stdout
 * (`cat f >> f` would grow forever). The model labels a file descriptor with the
 * canonical path it was opened on, which is all we need to compare the two nodes.
 */
export function isOutputFile(ctx: AppletContext, file: string): boolean {
  const label = ctx.proc.fds.get(1)?.label;
  if (!label?.startsWith('/')) return false;
  try {
    const out = ctx.fs.stat(label);
    const inp = ctx.fs.stat(file);
    return out.type === 'file' && out.dev === inp.dev && out.ino === inp.ino && inp.size > 0;
  } catch {
    return false;
  }
}
