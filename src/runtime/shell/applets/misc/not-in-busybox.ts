import type { AppletContext } from '../types.ts';

/** busybox 1.35 has no such applet: it answers as for any unknown name. */
export async function notInBusybox(ctx: AppletContext): Promise<number> {
  await ctx.stderr.write(`${ctx.name}: applet not found\n`);
  return 127;
}
