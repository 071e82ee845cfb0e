import { BUSYBOX_USAGE } from '../text/busybox-usage.ts';
import type { AppletContext } from '../types.ts';

const BANNER = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.';

/** busybox 1.35.0 usage texts the shared table lacks (from `busybox NAME --help`). */
const TEXTS: Record<string, string> = {
  factor: 'Usage: factor [NUMBER]...\n\nPrint prime factors\n',
};

export async function textutilsBusyboxUsage(ctx: AppletContext): Promise<void> {
  await ctx.stderr.write(`${BANNER}\n\n${BUSYBOX_USAGE[ctx.name] ?? TEXTS[ctx.name] ?? `Usage: ${ctx.name} ...\n`}`);
}

/** busybox answers `APPLET --help` (first argument only) with its usage on stderr and status 0. */
export async function busyboxHelp(ctx: AppletContext): Promise<boolean> {
  if (ctx.flavor !== 'busybox' || ctx.argv[1] !== '--help') return false;
  await textutilsBusyboxUsage(ctx);
  return true;
}
