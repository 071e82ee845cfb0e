import type { Stat } from '../../../kernel/fs/types.ts';
import { errText, qa } from '../errors.ts';
import type { AppletContext } from '../types.ts';

/** Reads a whole source: regular files at once, devices and fifos as a stream. */
export async function readSource(ctx: AppletContext, src: string, s: Stat): Promise<string> {
  if (s.type === 'file') return ctx.fs.readFile(src);
  const input = ctx.fs.openRead(src);
  let data = '';
  for (;;) {
    const chunk = await input.read(ctx.proc);
    if (chunk === null) break;
    data += chunk;
    await ctx.tick();
  }
  input.close();
  return data;
}

/**
 * copy_reg: the destination's data replaced by the source's. Returns the error message
 * (without the program name) or null.
 */
export async function copyData(ctx: AppletContext, src: string, dst: string, s: Stat, d: Stat | null, force: boolean, forceMode?: number): Promise<string | null> {
  let data: string;
  try {
    data = await readSource(ctx, src, s);
  } catch (e) {
    return `cannot open ${qa(src)} for reading: ${errText(e)}`;
  }
  const mode = forceMode !== undefined ? 0o600 : s.mode & 0o777;
  if (d) {
    try {
      ctx.fs.writeFile(dst, data);
      return null;
    } catch (e) {
      if (!force) return `cannot open ${qa(dst)} for writing: ${errText(e)}`;
      try {
        ctx.fs.unlink(dst);
      } catch (e2) {
        return `cannot remove ${qa(dst)}: ${errText(e2)}`;
      }
    }
  }
  try {
    ctx.fs.writeFile(dst, data, { mode, noclobber: false });
  } catch (e) {
    return `cannot create regular file ${qa(dst)}: ${errText(e)}`;
  }
  return null;
}
