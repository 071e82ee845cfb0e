import { errText, fail, usageError } from '../errors.ts';
import { OptError, getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { gnuInfo } from './gnu-help.ts';

const LONG = {
  'ignore-environment': { key: 'i' }, null: { key: '0' }, unset: { arg: 'required' as const, key: 'u' }, chdir: { arg: 'required' as const, key: 'C' },
  'split-string': { arg: 'required' as const, key: 'S' }, debug: { key: 'v' }, help: {}, version: {},
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

/** env -S: split a string into words like a tiny shell (quotes, \-escapes, ${VAR}). */
export function splitString(s: string, env: Map<string, string>): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      if (cur !== null) out.push(cur);
      cur = null;
    } else if (c === '#' && cur === null) break;
    else if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new EnvError('no terminating quote in -S string');
      cur = (cur ?? '') + s.slice(i + 1, end).replace(/\\(['\\])/g, '$1');
      i = end;
    } else if (c === '"') {
      cur ??= '';
      for (i++; i < s.length && s[i] !== '"'; i++) {
        if (s[i] === '\\' && i + 1 < s.length) cur += escape(s[++i]!);
        else if (s[i] === '$' && s[i + 1] === '{') i = variable(s, i, env, (v) => (cur += v));
        else cur += s[i];
      }
      if (i >= s.length) throw new EnvError('no terminating quote in -S string');
    } else if (c === '\\' && i + 1 < s.length) {
      const n = s[++i]!;
      if (n === 'c') break;
      if (n === '_') {
        if (cur !== null) out.push(cur);
        cur = null;
      } else cur = (cur ?? '') + escape(n);
    } else if (c === '$' && s[i + 1] === '{') i = variable(s, i, env, (v) => (cur = (cur ?? '') + v));
    else cur = (cur ?? '') + c;
  }
  if (cur !== null) out.push(cur);
  return out;
}

function escape(c: string): string {
  const map: Record<string, string> = { f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', _: ' ' };
  return map[c] ?? c;
}

function variable(s: string, i: number, env: Map<string, string>, put: (v: string) => void): number {
  const end = s.indexOf('}', i);
  if (end < 0) throw new EnvError(`only \${VARNAME} expansion is supported, error at: ${s.slice(i)}`);
  put(env.get(s.slice(i + 2, end)) ?? '');
  return end;
}

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
      else if (k === 'u') {
        if (v!.includes('=') || v === '') throw new EnvError(`cannot unset '${v}': Invalid argument`);
        vars.delete(v!);
        debug.push(`unset:    ${v}`);
      } else if (k === 'S') restart = splitString(v!, ctx.env);
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
