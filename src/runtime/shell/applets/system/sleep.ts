import { fail } from '../errors.ts';
import type { Applet } from '../types.ts';
import { gnuOpts } from './gnu-opts.ts';

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };
const BB_USAGE = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: sleep [N]...\n\nPause for a time equal to the total of the args given, where each arg can\nhave an optional suffix of (s)econds, (m)inutes, (h)ours, or (d)ays\n';
// What strtod accepts (C locale): decimal with exponent, hex floats, inf/infinity; GNU sleep
// then allows one suffix letter, case-sensitive.
const GNU_NUMBER = /^[ \t\n\v\f\r]*\+?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|0[xX](?:[\da-fA-F]+\.?[\da-fA-F]*|\.[\da-fA-F]+)(?:[pP][+-]?\d+)?|inf(?:inity)?)([smhd]?)$/i;
const BB_NUMBER = /^(\d+\.?\d*|\.\d+|inf|infinity)([smhd]?)$/i;

/** sleep NUMBER[SUFFIX]...: waits in virtual time (returns at once in real time). */
const sleep: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    let args = ctx.argv.slice(1);
    if (!bb) {
      const opts = await gnuOpts(ctx, {});
      if (typeof opts === 'number') return opts;
      args = opts.operands;
    }
    if (args.length === 0) {
      // busybox shows only its usage; coreutils names the problem.
      if (bb) await ctx.stderr.write(BB_USAGE);
      else {
        await fail(ctx, 'missing operand');
        await ctx.stderr.write(`Try 'sleep --help' for more information.\n`);
      }
      return 1;
    }
    let total = 0;
    let bad = false;
    for (const a of args) {
      const secs = bb ? bbSeconds(a) : gnuSeconds(a);
      if (secs === null) {
        await fail(ctx, bb ? `invalid number '${a}'` : `invalid time interval '${a}'`);
        if (bb) return 1;
        bad = true;
      } else total += secs;
    }
    if (bad) {
      await ctx.stderr.write(`Try 'sleep --help' for more information.\n`);
      return 1;
    }
    const ms = Number.isFinite(total) ? total * 1000 : 2 ** 31 * 1000;
    await ctx.sleep(ms);
    return 0;
  },
};
export default sleep;

function gnuSeconds(a: string): number | null {
  const m = GNU_NUMBER.exec(a);
  if (!m) return null;
  // Suffix letters are lower case only (`1S` is invalid) though strtod's `inf` is not.
  const suffix = m[1]!;
  if (suffix !== suffix.toLowerCase()) return null;
  const body = a.slice(0, a.length - suffix.length).trim().replace(/^\+/, '');
  const n = /^inf/i.test(body) ? Infinity : /^0x/i.test(body) ? hexFloat(body) : Number(body);
  return n * UNITS[suffix]!;
}

function bbSeconds(a: string): number | null {
  const m = BB_NUMBER.exec(a);
  if (!m) return null;
  const n = /^inf/i.test(m[1]!) ? Infinity : Number(m[1]);
  return n * UNITS[m[2]!.toLowerCase()]!;
}

function hexFloat(s: string): number {
  const m = /^0x([\da-f]*)\.?([\da-f]*)(?:p([+-]?\d+))?$/i.exec(s)!;
  const frac = m[2] ? parseInt(m[2], 16) / 16 ** m[2].length : 0;
  return ((m[1] ? parseInt(m[1], 16) : 0) + frac) * 2 ** Number(m[3] ?? 0);
}
