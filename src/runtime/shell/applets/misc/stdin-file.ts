import type { AppletContext } from '../types.ts';

/**
 * The size of the regular file on stdin (`< file`), or null for pipes, terminals and devices,
 * where fstat gives no usable size. The open file's label is the path it was opened by.
 */
export function stdinRegularSize(ctx: AppletContext): number | null {
  const label = ctx.proc.fds.get(0)?.label ?? '';
  if (label === '' || label === 'pipe' || label.startsWith('pipe:')) return null;
  try {
    const st = ctx.fs.stat(label);
    return st.type === 'file' ? st.size : null;
  } catch {
    return null;
  }
}
