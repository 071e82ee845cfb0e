import { errText } from '../errors.ts';
import { quotearg } from '../files/quote.ts';
import { OptError, getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { runChild } from './child-run.ts';
import { BB_BANNER } from './procps-usage.ts';
import { POSIX_ARG_MAX, XARGS_BB_USAGE, XARGS_HELP, XARGS_VERSION } from './xargs-help.ts';
import { type Chunk, XargsInput, parseDelimiter } from './xargs-input.ts';

interface XargsOpts {
  argsPerExec: number;
  linesPerExec: number;
  replace: string | null;
  delimiter: string | null;
  eofStr: string | null;
  argFile: string | null;
  noRunIfEmpty: boolean;
  verbose: boolean;
  exitIfTooLong: boolean;
  maxChars: number;
  showLimits: boolean;
  slotVar: string | null;
}

/** Ends xargs with a status after its message is out. */
class XargsExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

const LONG = {
  null: { key: '0' }, 'arg-file': { arg: 'required', key: 'a' }, delimiter: { arg: 'required', key: 'd' }, eof: { arg: 'optional', key: 'e' },
  replace: { arg: 'optional', key: 'i' }, 'max-lines': { arg: 'optional', key: 'l' }, 'max-args': { arg: 'required', key: 'n' },
  'open-tty': { key: 'o' }, 'max-procs': { arg: 'required', key: 'P' }, interactive: { key: 'p' }, 'process-slot-var': { arg: 'required' },
  'no-run-if-empty': { key: 'r' }, 'max-chars': { arg: 'required', key: 's' }, 'show-limits': {}, verbose: { key: 't' }, exit: { key: 'x' },
  help: {}, version: {},
} as const;

const xargs: Applet = {
  async run(ctx) {
    const prog = ctx.flavor === 'busybox' ? 'xargs' : (ctx.argv[0] ?? 'xargs');
    const say = (m: string) => ctx.stderr.write(`${prog}: ${m}\n`);
    try {
      const parsed = await parseOptions(ctx, say);
      if (parsed === 0) return 0;
      return await execute(ctx, parsed.opts, parsed.command, say);
    } catch (e) {
      if (e instanceof XargsExit) return e.status;
      throw e;
    }
  },
};

async function parseOptions(ctx: AppletContext, say: (m: string) => Promise<void>): Promise<{ opts: XargsOpts; command: string[] } | 0> {
  const bb = ctx.flavor === 'busybox';
  const envBytes = [...ctx.env].reduce((n, [k, v]) => n + k.length + v.length + 2, 0);
  const upper = POSIX_ARG_MAX - envBytes;
  const o: XargsOpts = { argsPerExec: 0, linesPerExec: 0, replace: null, delimiter: null, eofStr: null, argFile: null, noRunIfEmpty: false, verbose: false, exitIfTooLong: false, maxChars: Math.min(131072, upper), showLimits: false, slotVar: null };
  const usage = async (): Promise<never> => {
    await ctx.stderr.write(bb ? `${BB_BANNER}\n${XARGS_BB_USAGE}` : `Try 'xargs --help' for more information.\n`);
    throw new XargsExit(1);
  };
  const num = async (v: string, opt: string, min: number, max: number, fatal: boolean): Promise<number> => {
    if (!/^[ \t\n]*[+-]?\d+$/.test(v)) {
      await say(bb ? `invalid number '${v}'` : `invalid number "${v}" for -${opt} option`);
      if (bb) throw new XargsExit(1);
      return usage();
    }
    const n = Number(v);
    if (n < min || (max >= 0 && n > max)) {
      if (bb) {
        await say(`number ${v} is not in ${min}..${max >= 0 ? max : 2147483647} range`);
        throw new XargsExit(1);
      }
      await say(n < min ? `value ${v} for -${opt} option should be >= ${min}` : `value ${v} for -${opt} option should be <= ${max}`);
      if (fatal) await usage();
      return n < min ? min : max;
    }
    return n;
  };
  const warnExclusive = (option: string, offending: string) => say(`warning: options ${offending} and ${option} are mutually exclusive, ignoring previous ${offending} value`);
  let p;
  try {
    p = getopt(ctx.argv.slice(1), bb ? { short: '0a:rtpE:e::I:n:s:P:x', stopAtOperand: true } : { short: '0a:d:E:e::i::I:l::L:n:oprP:s:tx', long: LONG as never, stopAtOperand: true });
  } catch (e) {
    if (!(e instanceof OptError)) throw e;
    await say(e.message);
    return usage();
  }
  for (const [k, v] of p.list) {
    switch (k) {
      case '0':
        o.delimiter = '\0';
        break;
      case 'd': {
        const d = parseDelimiter(v!);
        if (d === null) {
          await say(`Invalid input delimiter specification ${v}: the delimiter must be either a single character or an escape sequence starting with \\.`);
          throw new XargsExit(1);
        }
        o.delimiter = d;
        break;
      }
      case 'a':
        o.argFile = v!;
        break;
      case 'E':
        o.eofStr = v!;
        break;
      case 'e':
        o.eofStr = v ?? null;
        break;
      case 'I':
      case 'i':
        if (o.argsPerExec && !bb) await warnExclusive('--replace/-I/-i', '--max-args');
        if (o.linesPerExec && !bb) await warnExclusive('--replace/-I/-i', '--max-lines');
        o.argsPerExec = 0;
        o.linesPerExec = 0;
        o.replace = v ?? '{}';
        break;
      case 'L':
      case 'l':
        if (o.argsPerExec) await warnExclusive('-L', '--max-args');
        if (o.replace !== null) await warnExclusive('-L', '--replace');
        o.argsPerExec = 0;
        o.replace = null;
        o.linesPerExec = v === undefined ? 1 : await num(v, k, 1, -1, true);
        break;
      case 'n':
        if (o.linesPerExec) await warnExclusive('--max-args/-n', '--max-lines');
        o.linesPerExec = 0;
        o.argsPerExec = await num(v!, 'n', 1, bb ? 2147483647 : -1, true);
        break;
      case 's':
        o.maxChars = await num(v!, 's', 1, upper, false);
        break;
      case 'P':
        await num(v!, 'P', 0, bb ? 2147483647 : -1, true);
        break;
      case 'r':
        o.noRunIfEmpty = true;
        break;
      case 't':
        o.verbose = true;
        break;
      case 'x':
        o.exitIfTooLong = true;
        break;
      case 'p':
      case 'o':
        await say(k === 'p' ? 'failed to open /dev/tty for reading: No such device or address' : 'failed to open /dev/tty for reading: No such device or address');
        throw new XargsExit(1);
      case 'show-limits':
        o.showLimits = true;
        break;
      case 'process-slot-var':
        o.slotVar = v!;
        break;
      case 'help':
        await ctx.stdout.write(XARGS_HELP);
        return 0;
      case 'version':
        await ctx.stdout.write(XARGS_VERSION);
        return 0;
    }
  }
  if (o.showLimits) {
    await ctx.stderr.write(
      `Your environment variables take up ${envBytes} bytes\nPOSIX upper limit on argument length (this system): ${upper}\nPOSIX smallest allowable upper limit on argument length (all systems): 4096\nMaximum length of command we could actually use: ${upper - envBytes}\nSize of command buffer we are actually using: ${o.maxChars}\nMaximum parallelism (--max-procs must be no greater): 2147483647\n`,
    );
  }
  return { opts: o, command: p.operands.length ? p.operands : ['echo'] };
}

const size = (args: string[]) => args.reduce((n, a) => n + a.length + 1, 0);

async function execute(ctx: AppletContext, o: XargsOpts, command: string[], say: (m: string) => Promise<void>): Promise<number> {
  const bb = ctx.flavor === 'busybox';
  if (size(command) > o.maxChars) {
    await say('cannot fit single argument within argument list size limit');
    return 1;
  }
  let source: () => Promise<string | null>;
  if (o.argFile !== null) {
    let stream;
    try {
      stream = ctx.open(o.argFile);
    } catch (e) {
      await say(bb ? `can't open '${o.argFile}': ${errText(e)}` : `Cannot open input file '${o.argFile}': ${errText(e)}`);
      return 1;
    }
    source = () => stream.read(ctx.proc);
  } else source = () => ctx.stdin.read();
  const input = new XargsInput(source, { delimiter: o.delimiter, replace: o.replace !== null, eofStr: o.delimiter === null ? o.eofStr : null, busybox: bb });
  let failed = false;
  let ran = false;
  const run = async (argv: string[]): Promise<void> => {
    ran = true;
    if (o.verbose) await ctx.stderr.write(`${bb ? argv.join(' ') : argv.map((a) => quotearg(a, 'shell-escape')).join(' ')}\n`);
    // Commands run one at a time, so each gets slot 0.
    const env = o.slotVar === null ? undefined : new Map([...ctx.env, [o.slotVar, '0']]);
    const r = await runChild(ctx, argv, { nullStdin: o.argFile === null, env });
    const name = argv[0]!;
    if (r.execError) {
      await say(`${name}: ${r.execError.text}`);
      throw new XargsExit(r.status);
    }
    if (r.signal !== undefined) {
      await say(bb ? `'${name}' terminated by signal ${r.signal}` : `${name}: terminated by signal ${r.signal}`);
      throw new XargsExit(125);
    }
    if (r.status === 255) {
      await say(`${name}: exited with status 255; aborting`);
      throw new XargsExit(124);
    }
    if (r.status !== 0) failed = true;
  };
  let pending: string[] = [];
  let lines = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const args = pending;
    pending = [];
    lines = 0;
    await run([...command, ...args]);
  };
  const base = size(command);
  for (;;) {
    const chunk: Chunk = await input.next();
    await ctx.tick();
    if (o.replace !== null) {
      for (const item of chunk.items) {
        const r = o.replace;
        // GNU replaces only in the initial arguments, never in the command name; busybox everywhere.
        await run(command.map((a, i) => (r === '' || (i === 0 && !bb) ? a : a.split(r).join(item))));
      }
    } else {
      for (const item of chunk.items) {
        const need = item.length + 1;
        if (pending.length > 0 && base + size(pending) + need > o.maxChars) {
          if (o.exitIfTooLong && (o.argsPerExec || o.linesPerExec)) {
            await say('argument list too long');
            throw new XargsExit(1);
          }
          await flush();
        }
        if (base + need > o.maxChars) {
          await say('argument line too long');
          throw new XargsExit(1);
        }
        pending.push(item);
        if (o.argsPerExec && pending.length >= o.argsPerExec) await flush();
      }
      lines += chunk.lines;
      if (o.linesPerExec && lines >= o.linesPerExec) await flush();
    }
    if (chunk.error) {
      await say(chunk.error);
      if (!bb) await flush();
      throw new XargsExit(1);
    }
    if (chunk.eof) break;
  }
  if (pending.length > 0) await flush();
  else if (!ran && !o.noRunIfEmpty && o.replace === null) await run([...command]);
  return failed ? 123 : 0;
}

export default xargs;
