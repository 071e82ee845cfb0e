import type { AppletContext } from '../types.ts';
import { AUTHORS, HELP, VERSION_HEAD } from './gnu-texts.ts';

/**
 * `--help` / `--version` of a coreutils program: looked for among the options (up to `--`, or
 * the first operand for programs that stop there). Returns true when it printed one.
 */
export async function gnuInfo(ctx: AppletContext, args: string[], stopAtOperand = false): Promise<boolean> {
  if (ctx.flavor === 'busybox') return false;
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help') {
      const me = ctx.argv[0] ?? ctx.name;
      let text = HELP[ctx.name] ?? '';
      if (me !== ctx.name) text = text.replace(new RegExp(`(Usage: |  or:  )${ctx.name}\\b`, 'g'), `$1${me}`);
      await ctx.stdout.write(text);
      return true;
    }
    if (a === '--version') {
      await ctx.stdout.write(VERSION_HEAD.replace('NAME', ctx.name) + (AUTHORS[ctx.name] ?? ''));
      return true;
    }
    if (stopAtOperand && (!a.startsWith('-') || a === '-')) return false;
  }
  return false;
}
