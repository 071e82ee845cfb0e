import { errText, fail, usageError } from '../errors.ts';
import { OptError, getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { applySignals, planSignals, type SignalPlan, SignalSpecError, signalListing } from './env-signals.ts';
import { gnuInfo } from './gnu-help.ts';

const LONG = {
  'ignore-environment': { key: 'i' }, null: { key: '0' }, unset: { arg: 'required' as const, key: 'u' }, chdir: { arg: 'required' as const, key: 'C' },
  'split-string': { arg: 'required' as const, key: 'S' }, debug: { key: 'v' }, help: {}, version: {},
  'default-signal': { arg: 'optional' as const }, 'ignore-signal': { arg: 'optional' as const }, 'block-signal': { arg: 'optional' as const },
  'list-signal-handling': {},
};
const BB_USAGE = `BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.

Usage: env [-i0] [-u NAME]... [-] [NAME=VALUE]... [PROG ARGS]

Print current environment or run PROG after setting up environment

\t-, -i\tStart with empty environment
\t-0\tNUL terminated output
\t-u NAME\tRemove variable from environment
`;

class EnvError extends Error {
  constructor(
    message: string,
    readonly tryHelp = false,
  ) {
    super(message);
  }
}

/**
 * env -S as coreutils' build_argv: whitespace splits, '#' starting a word comments out the
 * rest, single quotes keep everything but \\ and \', and only the escapes below and
 * ${VARNAME} are allowed; anything else is an error (exit 125).
 */
export function splitString(s: string, env: Map<string, string>): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  let sq = false;
  let dq = false;
  const add = (t: string) => (cur = (cur ?? '') + t);
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (!sq && !dq && /[ \t\n\v\f\r]/.test(c)) {
      if (cur !== null) out.push(cur);
      cur = null;
    } else if (c === '#' && !sq && !dq && cur === null) break;
    else if (c === "'" && !dq) {
      sq = !sq;
      cur ??= '';
    } else if (c === '"' && !sq) {
      dq = !dq;
      cur ??= '';
    } else if (c === '\\' && !(sq && s[i + 1] !== '\\' && s[i + 1] !== "'")) {
      const n = s[++i];
      if (n === undefined) throw new EnvError('invalid backslash at end of string in -S');
      if (n === 'c') {
        if (dq) throw new EnvError("'\\c' must not appear in double-quoted -S string");
        break;
      }
      if (n === '_' && !dq) {
        if (cur !== null) out.push(cur);
        cur = null;
      } else if (`"#$'\\_fnrtv`.includes(n)) add(ESCAPES[n] ?? n);
      else throw new EnvError(`invalid sequence '\\${n}' in -S`);
    } else if (c === '$' && !sq) {
      const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(s.slice(i));
      if (!m) throw new EnvError(`only \${VARNAME} expansion is supported, error at: ${s.slice(i)}`);
      add(env.get(m[1]!) ?? '');
      i += m[0].length - 1;
    } else add(c);
  }
  if (sq || dq) throw new EnvError(`no terminating quote in -S string`);
  if (cur !== null) out.push(cur);
  return out;
}

const ESCAPES: Record<string, string> = { f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', _: ' ' };

/** env [-i0v] [-u NAME] [-C DIR] [-S STR] [NAME=VALUE]... [COMMAND [ARG]...]. */
const env: Applet = {
  async run(ctx) {
    try {
      return await runEnv(ctx);
    } catch (e) {
      if (e instanceof EnvError) {
        if (e.tryHelp) return usageError(ctx, new OptError(e.message), 125);
        await fail(ctx, e.message);
        return 125;
      }
      if (e instanceof SignalSpecError) return usageError(ctx, new OptError(e.message), 125);
      if (e instanceof OptError && ctx.flavor === 'busybox') {
        await fail(ctx, e.message);
        await ctx.stderr.write(BB_USAGE);
        return 1;
      }
      if (e instanceof OptError) return usageError(ctx, e, 125);
      throw e;
    }
  },
};
export default env;

async function runEnv(ctx: AppletContext): Promise<number> {
  const vars = new Map(ctx.env);
  const debug: string[] = [];
  let nul = false;
  let dir: string | undefined;
  let verbose = false;
  const signals: SignalPlan = new Map();
  let listSignals = false;
  let args = ctx.argv.slice(1);
  const bb = ctx.flavor === 'busybox';
  let i = 0;
  while (i < args.length) {
    const a = args[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-' || !a.startsWith('-')) break;
    // One word at a time: -S replaces itself with the words of its string.
    const consumed = Math.min(args.length - i, wordsUsed(a, bb));
    const opts = getopt(args.slice(i, i + consumed), bb ? { short: 'i0u:' } : { short: 'i0u:C:S:v', long: LONG });
    let restart: string[] | null = null;
    for (const [k, v] of opts.list) {
      if (k === 'help' || k === 'version') return gnuInfo(ctx, 'env', k);
      if (k === 'i') {
        vars.clear();
        debug.push('cleaning environ');
      } else if (k === '0') nul = true;
      else if (k === 'v') verbose = true;
      else if (k === 'C') dir = v;
      else if (k === 'default-signal' || k === 'ignore-signal' || k === 'block-signal') planSignals(signals, k.slice(0, -7) as 'default', v);
      else if (k === 'list-signal-handling') listSignals = true;
      else if (k === 'u') {
        if (v!.includes('=') || v === '') throw new EnvError(`cannot unset '${v}': Invalid argument`);
        vars.delete(v!);
        debug.push(`unset:    ${v}`);
      } else if (k === 'S') {
        restart = splitString(v!, ctx.env);
        if (verbose) debug.push(`split -S:  '${v}'`, ...restart.map((w, n) => `${n ? '     &' : ' into:'}    '${w}'`));
      }
    }
    if (restart) {
      args = [...restart, ...args.slice(i + consumed)];
      i = 0;
      continue;
    }
    i += consumed;
  }
  let operands = args.slice(i);
  if (operands[0] === '-') {
    vars.clear();
    operands = operands.slice(1);
  }
  while (operands.length && operands[0]!.includes('=')) {
    const a = operands.shift()!;
    const eq = a.indexOf('=');
    vars.set(a.slice(0, eq), a.slice(eq + 1));
    debug.push(`setenv:   ${a}`);
  }
  if (!operands.length) {
    if (dir !== undefined) throw new EnvError('must specify command with --chdir (-C)', true);
    if (verbose) await ctx.stderr.write(debug.map((l) => `${l}\n`).join(''));
    await ctx.stdout.write([...vars].map(([k, v]) => `${k}=${v}${nul ? '\0' : '\n'}`).join(''));
    return 0;
  }
  if (nul) throw new EnvError('cannot specify --null (-0) with command', true);
  if (dir !== undefined) {
    try {
      if (ctx.fs.stat(dir).type !== 'dir') throw new EnvError(`cannot change directory to '${dir}': Not a directory`);
      ctx.proc.cwd = ctx.fs.realpath(dir);
    } catch (e) {
      if (e instanceof EnvError) throw e;
      throw new EnvError(`cannot change directory to '${dir}': ${errText(e)}`);
    }
    debug.push(`chdir:    '${dir}'`);
  }
  const bad = applySignals(ctx, signals);
  if (bad) throw new EnvError(bad);
  if (listSignals) await ctx.stderr.write(signalListing(ctx, signals));
  if (verbose) await ctx.stderr.write([...debug, `executing: ${operands[0]}`, ...operands.map((a, i) => `   arg[${i}]= '${a}'`)].map((l) => `${l}\n`).join(''));
  return ctx.spawn({ argv: operands, env: vars });
}

/** How many words an option word takes: two when its argument is the next word. */
function wordsUsed(word: string, bb: boolean): number {
  if (word.startsWith('--')) return !word.includes('=') && !bb && ['unset', 'chdir', 'split-string'].some((l) => l.startsWith(word.slice(2))) ? 2 : 1;
  const withArg = bb ? 'u' : 'uCS';
  for (let j = 1; j < word.length; j++) if (withArg.includes(word[j]!)) return j === word.length - 1 ? 2 : 1;
  return 1;
}
