import type { Process } from '../../../kernel/proc/process.ts';
import { fail, qa } from '../errors.ts';
import type { Applet, AppletContext } from '../types.ts';
import { raise, runChild } from './child-run.ts';
import { gnuOpts } from './gnu-opts.ts';
import { BB_BANNER } from './procps-usage.ts';
import { SIG_NAMES, signalNumber } from './signames.ts';

const KILL = 9;
const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** DURATION: a (hex) float with an optional s/m/h/d suffix; null if invalid. */
function parseDuration(text: string): number | null {
  const m = /^\s*(\+?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?))([smhd]?)$/i.exec(text);
  if (!m) return null;
  const n = /^inf/i.test(m[1]!.replace('+', '')) ? Infinity : Number(m[1]!.replace('+', ''));
  return Number.isNaN(n) ? null : n * UNITS[m[2]!]!;
}

/** The task and everything it started (the process group timeout would signal). */
function descendants(p: Process): Process[] {
  return [p, ...[...p.children].flatMap(descendants)];
}

const timeout: Applet = {
  async run(ctx) {
    return ctx.flavor === 'busybox' ? busyboxTimeout(ctx) : gnuTimeout(ctx);
  },
};

async function gnuTimeout(ctx: AppletContext): Promise<number> {
  const p = await gnuOpts(ctx, { short: 'k:s:v', long: { 'preserve-status': {}, foreground: {}, 'kill-after': { arg: 'required', key: 'k' }, signal: { arg: 'required', key: 's' }, verbose: { key: 'v' } }, stopAtOperand: true }, 125);
  if (typeof p === 'number') return p;
  const tryHelp = async () => {
    await ctx.stderr.write(`Try 'timeout --help' for more information.\n`);
    return 125;
  };
  let sig = 15;
  let killAfter = 0;
  const flags = new Set<string>();
  for (const [k, v] of p.list) {
    if (k === 'k') {
      const d = parseDuration(v!);
      if (d === null) {
        await fail(ctx, `invalid time interval ${qa(v!)}`);
        return tryHelp();
      }
      killAfter = d;
    } else if (k === 's') {
      sig = /^\d+$/.test(v!) && Number(v) > 64 ? -1 : signalNumber(v!);
      if (sig < 0) {
        await fail(ctx, `${qa(v!)}: invalid signal`);
        return tryHelp();
      }
    } else flags.add(k);
  }
  if (p.operands.length < 2) return tryHelp();
  const duration = parseDuration(p.operands[0]!);
  if (duration === null) {
    await fail(ctx, `invalid time interval ${qa(p.operands[0]!)}`);
    return tryHelp();
  }
  const command = p.operands.slice(1);
  const foreground = flags.has('foreground');
  let timedOut = false;
  let killedSelf = false;
  const cancels: (() => void)[] = [];
  const send = (child: Process, s: number) => {
    const targets = foreground ? [child] : descendants(child);
    for (const t of targets) ctx.kernel.signal(t, s, ctx.proc);
    if (s !== KILL && s !== 18) for (const t of targets) ctx.kernel.signal(t, 18, ctx.proc);
  };
  const arm = (child: Process, seconds: number, s: number, then?: () => void) => {
    if (!(seconds > 0) || !Number.isFinite(seconds)) return;
    cancels.push(
      ctx.kernel.clock.setTimer(seconds * 1000, () => {
        if (!child.alive) return;
        timedOut = true;
        if (flags.has('v')) void ctx.stderr.write(`timeout: sending signal ${SIG_NAMES[s] ?? s} to command ${qa(command[0]!)}\n`).catch(() => {});
        send(child, s);
        if (s === KILL && !foreground) killedSelf = true;
        then?.();
      }),
    );
  };
  const r = await runChild(ctx, command, {
    started: (child) => arm(child, duration, sig, () => arm(child, killAfter, KILL)),
  });
  for (const c of cancels) c();
  if (r.execError) {
    await fail(ctx, `failed to run command ${qa(command[0]!)}: ${r.execError.text}`);
    return r.status;
  }
  // The KILL went to timeout's whole process group, timeout included.
  if (killedSelf) await raise(ctx, KILL);
  if (r.signal !== undefined && !timedOut && !foreground) await raise(ctx, r.signal);
  if (timedOut && !flags.has('preserve-status') && !(r.signal === KILL)) return 124;
  return r.status;
}

async function busyboxTimeout(ctx: AppletContext): Promise<number> {
  const args = ctx.argv.slice(1);
  let sig = 15;
  let killAfter = 0;
  let i = 0;
  const usage = async () => {
    await ctx.stderr.write(`${BB_BANNER}\nUsage: timeout [-s SIG] [-k KILL_SECS] SECS PROG ARGS\n\nRun PROG. Send SIG to it if it is not gone in SECS seconds.\nDefault SIG: TERM.If it still exists in KILL_SECS seconds, send KILL.\n`);
    return 1;
  };
  for (; i < args.length && args[i]!.startsWith('-') && args[i] !== '-'; i++) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      break;
    }
    const c = a[1]!;
    if (c !== 's' && c !== 'k') {
      await ctx.stderr.write(`timeout: invalid option -- '${c}'\n`);
      return usage();
    }
    const v = a.length > 2 ? a.slice(2) : args[++i];
    if (v === undefined) {
      await ctx.stderr.write(`timeout: option requires an argument -- '${c}'\n`);
      return usage();
    }
    if (c === 's') {
      sig = signalNumber(v);
      if (sig < 0) {
        await fail(ctx, `unknown signal '${v}'`);
        return 1;
      }
    } else {
      const d = parseDuration(v);
      if (d === null) {
        await fail(ctx, `invalid number '${v}'`);
        return 1;
      }
      killAfter = d;
    }
  }
  if (args.length - i < 2) return usage();
  const duration = parseDuration(args[i]!);
  if (duration === null) {
    await fail(ctx, `invalid number '${args[i]}'`);
    return 1;
  }
  const command = args.slice(i + 1);
  const cancels: (() => void)[] = [];
  const r = await runChild(ctx, command, {
    started: (child) => {
      if (!(duration > 0) || !Number.isFinite(duration)) return;
      cancels.push(
        ctx.kernel.clock.setTimer(duration * 1000, () => {
          ctx.kernel.signal(child, sig, ctx.proc);
          if (killAfter > 0) cancels.push(ctx.kernel.clock.setTimer(killAfter * 1000, () => ctx.kernel.signal(child, KILL, ctx.proc)));
        }),
      );
    },
  });
  for (const c of cancels) c();
  if (r.execError) {
    await fail(ctx, `can't execute ${qa(command[0]!)}: ${r.execError.text}`);
    return r.status;
  }
  // busybox's timeout execs PROG itself, so PROG's death is its own.
  if (r.signal !== undefined) await raise(ctx, r.signal);
  return r.status;
}

export default timeout;
