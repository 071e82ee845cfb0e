import { STRERROR } from '../../../kernel/fs/errors.ts';
import { fail, usageError } from '../errors.ts';
import { getopt, OptError, type OptSpec } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { gnuInfo } from './gnu-help.ts';
import { niceOf, setNice } from './niceness.ts';

const BB_USAGE = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: nice [-n ADJUST] [PROG ARGS]\n\nChange scheduling priority, run PROG\n\n\t-n ADJUST\tAdjust priority by ADJUST\n';

/**
 * coreutils nice.c: `-N`/`--N`/`-+N` words are adjustments wherever they come before the
 * command; other words go through getopt "+n:" one at a time, so the last adjustment wins.
 */
function parse(ctx: AppletContext, args: string[]): { adjustment?: string; command: string[]; info?: 'help' | 'version' } {
  let adjustment: string | undefined;
  let i = 0;
  const long: OptSpec['long'] = ctx.flavor === 'gnu' ? { adjustment: { arg: 'required', key: 'n' }, help: {}, version: {} } : {};
  while (i < args.length) {
    const s = args[i]!;
    if (s === '--') {
      i++;
      break;
    }
    if (s[0] === '-' && /\d/.test(s[1 + (s[1] === '-' || s[1] === '+' ? 1 : 0)] ?? '')) {
      adjustment = s.slice(1);
      i++;
      continue;
    }
    // One option (with its value) per round, as nice re-enters getopt_long each time.
    const p = getopt(args.slice(i, i + 2), { short: 'n:', long, stopAtOperand: true });
    const first = p.list[0];
    if (!first) break;
    if (first[0] === 'help' || first[0] === 'version') return { command: [], info: first[0] };
    adjustment = first[1];
    const attached = s.startsWith('--') ? s.includes('=') : s.length > 2;
    i += attached ? 1 : 2;
  }
  return { adjustment, command: args.slice(i) };
}

/** nice [-n N] [COMMAND [ARG]...]: without a command, print the niceness. */
const nice: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    let parsed;
    try {
      parsed = parse(ctx, ctx.argv.slice(1));
    } catch (e) {
      if (bb && e instanceof OptError) {
        await fail(ctx, e.message);
        await ctx.stderr.write(BB_USAGE);
        return 1;
      }
      return usageError(ctx, e, 125);
    }
    if (parsed.info) return gnuInfo(ctx, 'nice', parsed.info);
    let adjustment = 10;
    if (parsed.adjustment !== undefined) {
      // xstrtol: optional blanks and sign, digits, nothing after; overflow only saturates.
      if (!/^\s*[+-]?\d+$/.test(parsed.adjustment)) {
        await fail(ctx, bb ? `invalid number '${parsed.adjustment}'` : `invalid adjustment '${parsed.adjustment}'`);
        return bb ? 1 : 125;
      }
      adjustment = Math.max(-39, Math.min(39, Number(parsed.adjustment.trim())));
    }
    const current = niceOf(ctx.proc);
    if (parsed.command.length === 0) {
      if (parsed.adjustment !== undefined && !bb) {
        await fail(ctx, 'a command must be given with an adjustment');
        await ctx.stderr.write(`Try 'nice --help' for more information.\n`);
        return 125;
      }
      await ctx.stdout.write(`${current}\n`);
      return 0;
    }
    const wanted = Math.max(-20, Math.min(19, current + adjustment));
    // Only root may lower a niceness; coreutils warns and runs the command anyway.
    if (wanted < current && ctx.proc.creds.uid !== 0) await fail(ctx, 'cannot set niceness: Permission denied');
    else setNice(ctx.proc, wanted);
    const cmd = parsed.command;
    const r = await ctx.exec(cmd);
    if (typeof r === 'number') return r;
    await fail(ctx, `'${cmd[0]}': ${STRERROR[r.errno]}`);
    return r.errno === 'ENOENT' ? 127 : 126;
  },
};
export default nice;
