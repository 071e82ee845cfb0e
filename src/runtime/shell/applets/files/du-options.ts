import { fail } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { argmatch, argmatchFail } from './argmatch.ts';
import { envBlockSize, H, parseBlockSize } from './human.ts';
import { quote } from './quote.ts';

/** Everything GNU du's command line decides. */
export interface DuOptions {
  all: boolean;
  apparent: boolean;
  blockSize: number;
  human: number;
  total: boolean;
  deref: 'none' | 'args' | 'all';
  maxDepth: number;
  countLinks: boolean;
  separate: boolean;
  inodes: boolean;
  oneFs: boolean;
  nul: boolean;
  threshold: number;
  time: 'mtime' | 'atime' | 'ctime' | null;
  timeFormat: string;
  excludes: string[];
  files: string[];
}

const LONG = {
  null: { key: '0' }, all: { key: 'a' }, 'apparent-size': {}, 'block-size': { arg: 'required', key: 'B' }, bytes: { key: 'b' },
  total: { key: 'c' }, 'dereference-args': { key: 'D' }, 'max-depth': { arg: 'required', key: 'd' }, 'files0-from': { arg: 'required' },
  inodes: {}, 'human-readable': { key: 'h' }, dereference: { key: 'L' }, 'count-links': { key: 'l' }, 'no-dereference': { key: 'P' },
  'separate-dirs': { key: 'S' }, si: {}, summarize: { key: 's' }, threshold: { arg: 'required', key: 't' }, time: { arg: 'optional' },
  'time-style': { arg: 'required' }, 'exclude-from': { arg: 'required', key: 'X' }, exclude: { arg: 'required' }, 'one-file-system': { key: 'x' },
  help: {}, version: {},
} as const;

const TIME_WORDS = [['atime', 'access', 'use'], ['ctime', 'status'], ['mtime', 'modification']] as const;
const STYLES: Record<string, string> = { 'full-iso': '%Y-%m-%d %H:%M:%S.%N %z', 'long-iso': '%Y-%m-%d %H:%M', iso: '%Y-%m-%d' };

const SUFFIX = 'bcEgGkKmMPtTYZ0';
const POW: Record<string, number> = { k: 1, K: 1, m: 2, M: 2, g: 3, G: 3, t: 4, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

/** xstrtoimax with du's suffixes; null when invalid. */
function parseSize(s: string): number | null {
  const m = /^\s*(-?\d+)([a-zA-Z]?)(B|iB)?$/.exec(s);
  if (!m) return null;
  let n = Number(m[1]);
  const suf = m[2]!;
  if (suf && !SUFFIX.includes(suf)) return null;
  const base = m[3] === 'B' ? 1000 : 1024;
  if (suf === 'b') n *= 512;
  else if (suf === 'c') n *= 1;
  else if (suf) n *= base ** (POW[suf] ?? 0);
  return n;
}

/** Parses du's arguments; a number is the exit status after a diagnostic. */
export async function parseDu(ctx: AppletContext): Promise<DuOptions | number> {
  const tryHelp = async (msg: string) => {
    await fail(ctx, msg);
    await ctx.stderr.write(`Try '${ctx.name} --help' for more information.\n`);
    return 1;
  };
  let p;
  try {
    p = getopt(ctx.argv.slice(1), { short: '0abd:chHklmst:xB:DLPSX:', long: LONG });
  } catch (e) {
    if (!(e instanceof OptError)) throw e;
    return tryHelp(e.message);
  }
  const env = envBlockSize(ctx.env, 'DU_BLOCK_SIZE');
  const o: DuOptions = {
    all: false, apparent: false, blockSize: env.size, human: env.opts, total: false, deref: 'none', maxDepth: Infinity,
    countLinks: false, separate: false, inodes: false, oneFs: false, nul: false, threshold: 0, time: null, timeFormat: STYLES['long-iso']!,
    excludes: [], files: p.operands,
  };
  let summarize = false;
  let depthGiven = false;
  for (const [k, v] of p.list) {
    switch (k) {
      case '0': o.nul = true; break;
      case 'a': o.all = true; break;
      case 'apparent-size': o.apparent = true; break;
      case 'b': [o.apparent, o.human, o.blockSize] = [true, 0, 1]; break;
      case 'c': o.total = true; break;
      case 'D': case 'H': o.deref = 'args'; break;
      case 'L': o.deref = 'all'; break;
      case 'P': o.deref = 'none'; break;
      case 'h': [o.human, o.blockSize] = [H.autoscale | H.SI | H.base1024, 1]; break;
      case 'si': [o.human, o.blockSize] = [H.autoscale | H.SI, 1]; break;
      case 'k': [o.human, o.blockSize] = [0, 1024]; break;
      case 'm': [o.human, o.blockSize] = [0, 1024 * 1024]; break;
      case 'l': o.countLinks = true; break;
      case 'S': o.separate = true; break;
      case 's': summarize = true; break;
      case 'x': o.oneFs = true; break;
      case 'inodes': o.inodes = true; break;
      case 'exclude': o.excludes.push(v!); break;
      case 'd': {
        if (!/^\s*\+?\d+$/.test(v!) || Number(v) > Number.MAX_SAFE_INTEGER) return tryHelp(`invalid maximum depth ${quote(v!)}`);
        o.maxDepth = Number(v);
        depthGiven = true;
        break;
      }
      case 'B': {
        const b = parseBlockSize(v!);
        if (!b) return failArg(ctx, v!, 'B', 'block-size');
        [o.human, o.blockSize] = [b.opts, b.size];
        break;
      }
      case 't': {
        const n = parseSize(v!);
        if (n === null) return failArg(ctx, v!, 't', 'threshold');
        if (n === 0 && v!.trim().startsWith('-')) {
          await fail(ctx, `invalid --threshold argument ${quote(v!)}`);
          return 1;
        }
        o.threshold = n;
        break;
      }
      case 'time': {
        if (v === undefined) o.time = 'mtime';
        else {
          const g = argmatch(v, TIME_WORDS);
          if (typeof g !== 'number') {
            await argmatchFail(ctx, v, '--time', TIME_WORDS, g);
            return 1;
          }
          o.time = TIME_WORDS[g]![0];
        }
        break;
      }
      case 'time-style': {
        if (v!.startsWith('+')) o.timeFormat = v!.slice(1).split('\n')[0]!;
        else if (STYLES[v!.replace(/^posix-/, '')]) o.timeFormat = STYLES[v!.replace(/^posix-/, '')]!;
        break;
      }
      case 'X': {
        try {
          o.excludes.push(...ctx.fs.readFile(v!).split('\n').filter((l) => l !== ''));
        } catch (e) {
          return tryHelp(`${v}: ${(e as { text: string }).text}`);
        }
        break;
      }
      case 'files0-from':
        return tryHelp('--files0-from is not supported here');
      case 'help': case 'version':
        break;
    }
  }
  if (o.all && summarize) return tryHelp('cannot both summarize and show all entries');
  if (summarize && depthGiven && o.maxDepth === 0) await fail(ctx, 'warning: summarizing is the same as using --max-depth=0');
  else if (summarize && depthGiven) return tryHelp(`warning: summarizing conflicts with --max-depth=${o.maxDepth}`);
  if (summarize) o.maxDepth = 0;
  if (o.inodes) {
    if (o.apparent) await fail(ctx, 'warning: options --apparent-size and -b are ineffective with --inodes');
    o.blockSize = 1;
  }
  if (o.files.length === 0) o.files = ['.'];
  return o;
}

/** xstrtol_fatal names the option as it was spelled: `-B` or `--block-size`. */
async function failArg(ctx: AppletContext, value: string, short: string, long: string): Promise<number> {
  const spelled = ctx.argv.slice(1).some((a) => a.startsWith('--') && long.startsWith(a.slice(2).split('=')[0]!) && a.length > 2) ? `--${long}` : `-${short}`;
  await fail(ctx, `invalid ${spelled} argument ${quote(value)}`);
  return 1;
}
