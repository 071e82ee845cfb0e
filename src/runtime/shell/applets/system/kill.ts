import type { Applet, AppletContext } from '../types.ts';
import { BB_BANNER, KILL_USAGE, PROCPS_VERSION } from './procps-usage.ts';
import { killPid, settle } from './signal-send.ts';
import { SIG_NAMES, prettySignalList, signalNumber, unixSignalList } from './signames.ts';

class KillExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

/** procps strtosig: a number gives its name, a name (SIG prefix and case optional) its number. */
function strtosig(s: string): string | null {
  if (/^\d+$/.test(s)) return SIG_NAMES[Number(s)] || null;
  const name = (/^sig/i.test(s) ? s.slice(3) : s).toUpperCase();
  const at = SIG_NAMES.indexOf(name);
  return at > 0 ? String(at) : null;
}

/** glibc strtol as strtol_or_err accepts it: blanks, sign, decimal digits and nothing after. */
const LONG_RE = /^[ \t\n\v\f\r]*[+-]?\d+$/;

/** /usr/bin/kill from procps-ng: messages carry argv[0] as typed (`/usr/bin/kill: (9): ...`). */
const kill: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return busyboxKill(ctx);
    const prog = ctx.argv[0] ?? 'kill';
    const warn = (m: string) => ctx.stderr.write(`${prog}: ${m}\n`);
    const usage = async (status: number): Promise<never> => {
      await (status ? ctx.stderr : ctx.stdout).write(KILL_USAGE);
      throw new KillExit(status);
    };
    try {
      const args = ctx.argv.slice(1);
      if (args.length === 0) await usage(1);
      let signo = 15;
      // skill_sig_option: the first `-SIG` anywhere is the signal, and leaves the list.
      const at = args.findIndex((a) => a.startsWith('-') && signalNumber(a.slice(1)) > -1);
      if (at >= 0) signo = signalNumber(args.splice(at, 1)[0]!.slice(1));
      const pids: string[] = [];
      for (let i = 0; i < args.length; i++) {
        const a = args[i]!;
        if (a === '--') {
          pids.push(...args.slice(i + 1));
          break;
        }
        if (!a.startsWith('-') || a === '-') {
          pids.push(a);
          continue;
        }
        const long = a.startsWith('--') ? longOption(a) : null;
        const opts: [string, string | undefined][] = [];
        if (long) {
          const [c, v] = long;
          if ((c === 's' || c === 'q') && v === undefined) {
            if (i + 1 >= args.length) throw await badOption(c);
            opts.push([c, args[++i]]);
          } else if (c === 'l' && v === undefined) opts.push([c, args[i + 1]?.startsWith('-') ? undefined : args[i + 1]]);
          else opts.push([c, v]);
        } else {
          for (let j = 1; j < a.length; j++) {
            const c = a[j]!;
            if (!'lLshVq'.includes(c)) {
              if (/\d/.test(c)) return await negativeDigit(ctx, c, signo);
              throw await badOption(c);
            }
            const rest = a.slice(j + 1);
            if (c === 'l') opts.push([c, rest || (args[i + 1]?.startsWith('-') ? undefined : args[i + 1])]);
            else if (c === 's' || c === 'q') {
              if (rest) opts.push([c, rest]);
              else if (i + 1 < args.length) opts.push([c, args[++i]]);
              else throw await badOption(c);
            } else {
              opts.push([c, undefined]);
              continue;
            }
            break;
          }
        }
        for (const [c, v] of opts) {
          if (c === 'l') {
            if (v === undefined) await ctx.stdout.write(unixSignalList());
            else {
              const s = strtosig(v);
              if (s) await ctx.stdout.write(`${s}\n`);
              else await warn(`unknown signal name ${v}`);
            }
            return 0;
          }
          if (c === 'L') {
            await ctx.stdout.write(prettySignalList());
            return 0;
          }
          if (c === 's') signo = signalNumber(v!);
          else if (c === 'h') await usage(0);
          else if (c === 'V') {
            await ctx.stdout.write(PROCPS_VERSION('kill'));
            return 0;
          } else if (c === 'q' && !LONG_RE.test(v!)) {
            await warn(`must be an integer value to be passed with the signal.: '${v}'`);
            return 1;
          } else if (c === '?') throw await badOption(v ?? '\0');
        }
      }
      if (pids.length === 0) await usage(1);
      let status = 0;
      for (const a of pids) {
        if (!LONG_RE.test(a)) {
          await warn(`failed to parse argument: '${a}'${a === '' ? ': No such file or directory' : ''}`);
          return 1;
        }
        const pid = Number(a);
        const err = killPid(ctx, Number(BigInt.asIntN(32, BigInt(a.trim()))), signo);
        if (err) {
          await warn(`(${pid}): ${err}`);
          status = 1;
        }
      }
      await settle(ctx);
      return status;
    } catch (e) {
      if (e instanceof KillExit) return e.status;
      throw e;
    }

    async function badOption(c: string): Promise<KillExit> {
      await warn(`invalid argument ${c}`);
      await ctx.stderr.write(KILL_USAGE);
      return new KillExit(1);
    }
  },
};

const LONGS: Record<string, string> = { list: 'l', table: 'L', signal: 's', help: 'h', version: 'V', queue: 'q' };

/** `--name[=value]` with unambiguous prefixes; unknown names are getopt's '?' (optopt 0). */
function longOption(a: string): [string, string | undefined] {
  const eq = a.indexOf('=');
  const name = a.slice(2, eq < 0 ? undefined : eq);
  const hits = Object.keys(LONGS).filter((l) => l.startsWith(name));
  const full = hits.includes(name) ? name : hits.length === 1 ? hits[0]! : null;
  if (!full) return ['?', '\0'];
  const c = LONGS[full]!;
  if (eq >= 0 && !'lsq'.includes(c)) return ['?', c];
  return [c, eq >= 0 ? a.slice(eq + 1) : undefined];
}

/** procps quirk: `-123` after the signal is taken as option `-1`, i.e. kill(-1) and exit. */
async function negativeDigit(ctx: AppletContext, digit: string, signo: number): Promise<number> {
  const err = killPid(ctx, -Number(digit), signo);
  await settle(ctx);
  // The original inverts the test: success exits 1.
  return err ? 0 : 1;
}

async function busyboxKill(ctx: AppletContext): Promise<number> {
  const args = ctx.argv.slice(1);
  const err = (m: string) => ctx.stderr.write(`kill: ${m}\n`);
  let signo = 15;
  if (args[0] === '-l') {
    if (args.length === 1) {
      await ctx.stdout.write(SIG_NAMES.slice(1).map((n, i) => `${String(i + 1).padStart(2)}) ${n}\n`).join(''));
      return 0;
    }
    for (const a of args.slice(1)) {
      if (/^\d+$/.test(a)) {
        const n = Number(a) > 128 ? Number(a) - 128 : Number(a);
        await ctx.stdout.write(`${n === 0 ? 'EXIT' : (SIG_NAMES[n] ?? String(n))}\n`);
      } else {
        const n = signalNumber(a);
        if (n < 0 || /^\d/.test(a)) {
          await err(`unknown signal '${a}'`);
          return 1;
        }
        await ctx.stdout.write(`${n}\n`);
      }
    }
    return 0;
  }
  if (args[0] === '--help') {
    await ctx.stderr.write(`${BB_BANNER}\nUsage: kill [-l] [-SIG] PID...\n\nSend a signal (default: TERM) to given PIDs\n\n\t-l\tList all signal names and numbers\n`);
    return 1;
  }
  let i = 0;
  if (args[0] === '-s' && args.length > 1) {
    signo = signalNumber(args[1]!);
    if (signo < 0) {
      await err(`bad signal name '${args[1]}'`);
      return 1;
    }
    i = 2;
  } else if (args[0]?.startsWith('-') && args[0] !== '-' && args[0] !== '--') {
    signo = signalNumber(args[0].slice(1));
    if (signo < 0) {
      await err(`bad signal name '${args[0].slice(1)}'`);
      return 1;
    }
    i = 1;
  }
  if (args[i] === '--') i++;
  if (i >= args.length) {
    await err('you need to specify whom to kill');
    return 1;
  }
  let status = 0;
  for (const a of args.slice(i)) {
    if (!/^-?\d+$/.test(a)) {
      await err(`invalid number '${a}'`);
      return 1;
    }
    const e = killPid(ctx, Number(a), signo);
    if (e) {
      await err(`can't kill pid ${a}: ${e}`);
      status = 1;
    }
  }
  await settle(ctx);
  return status;
}

export default kill;
