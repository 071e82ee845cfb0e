import { errText, fail, q, usageError } from '../errors.ts';
import { getopt } from '../getopt.ts';
import { notInBusybox } from './not-in-busybox.ts';
import type { Applet, AppletContext } from '../types.ts';
import { STD_LONGS, stdOptions } from './coreutils-info.ts';
import { quote } from './locale-quote.ts';
import { readInput } from './read-input.ts';
import { type Piece, chunkPieces } from './split-chunks.ts';
import { SuffixGen } from './split-names.ts';
import { stdinRegularSize } from './stdin-file.ts';
import { MULTIPLIERS, xstrtoumax } from './xstrtol.ts';

class Die extends Error {}

/** split (coreutils 9.1): -l -b -C -n (N, K/N, l/N, l/K/N, r/N, r/K/N), -a -d -x, suffix options, -e -t --filter --verbose. */
const split: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return notInBusybox(ctx);
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), {
        short: '0123456789C:a:b:del:n:t:ux',
        long: { 'suffix-length': { arg: 'required', key: 'a' }, 'additional-suffix': { arg: 'required' }, bytes: { arg: 'required', key: 'b' }, 'line-bytes': { arg: 'required', key: 'C' }, 'elide-empty-files': { key: 'e' }, filter: { arg: 'required' }, lines: { arg: 'required', key: 'l' }, number: { arg: 'required', key: 'n' }, 'numeric-suffixes': { arg: 'optional' }, 'hex-suffixes': { arg: 'optional' }, separator: { arg: 'required', key: 't' }, unbuffered: { key: 'u' }, verbose: {}, ...STD_LONGS },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    const std = await stdOptions(ctx, 'split', opts.list);
    if (std !== undefined) return std;
    try {
      return await runSplit(ctx, opts.list, opts.operands);
    } catch (e) {
      if (e instanceof Die) return 1;
      throw e;
    }
  },
};
export default split;

async function runSplit(ctx: AppletContext, list: [string, string | undefined][], ops: string[]): Promise<number> {
  const die = async (m: string, usage = false): Promise<never> => {
    await fail(ctx, m);
    if (usage) await ctx.stderr.write("Try 'split --help' for more information.\n");
    throw new Die();
  };
  let mode = null as 'l' | 'b' | 'C' | 'n' | null;
  let amount = 0n;
  let chunkSpec = '';
  let suffixLen = 0;
  let alphabet = 'abcdefghijklmnopqrstuvwxyz';
  let start: string | null = null;
  let extra = '';
  let elide = false;
  let verbose = false;
  let filter: string | undefined;
  let sep = '\n';
  let digits = '';
  const setMode = async (m: typeof mode) => {
    if (mode !== null && mode !== m) await die('cannot split in more than one way', true);
    mode = m;
  };
  const num = async (v: string, what: string, sfx = MULTIPLIERS): Promise<bigint> => {
    const r = xstrtoumax(v, 10, sfx);
    if (!r.ok) await die(`invalid number of ${what}: ${quote(v)}${r.err === 'overflow' ? ': Value too large for defined data type' : ''}`);
    if (r.ok && r.value === 0n) await die(`invalid number of ${what}: ${quote(v)}: Numerical result out of range`);
    return (r as { value: bigint }).value;
  };
  for (const [k, v] of list) {
    if (/^\d$/.test(k)) {
      digits += k;
      await setMode('l');
      amount = BigInt(digits);
      continue;
    }
    digits = '';
    if (k === 'l') await setMode('l'), (amount = await num(v!, 'lines', ''));
    else if (k === 'b') await setMode('b'), (amount = await num(v!, 'bytes'));
    else if (k === 'C') await setMode('C'), (amount = await num(v!, 'bytes'));
    else if (k === 'n') await setMode('n'), (chunkSpec = v!);
    else if (k === 'a') {
      if (!/^\d+$/.test(v!)) await die(`invalid suffix length: ${quote(v!)}`);
      suffixLen = Number(v);
    } else if (k === 'additional-suffix') {
      if (v!.includes('/')) await die(`invalid suffix ${quote(v!)}, contains directory separator`, true);
      extra = v!;
    } else if (k === 'd' || k === 'x' || k === 'numeric-suffixes' || k === 'hex-suffixes') {
      alphabet = k === 'd' || k === 'numeric-suffixes' ? '0123456789' : '0123456789abcdef';
      if (v !== undefined) {
        if (!/^\d+$/.test(v)) await die(`${quote(v)}: invalid start value for numerical suffix`, true);
        start = v.length > 1 ? v.replace(/^0+(?=.)/, '') : v;
      }
    } else if (k === 'e') elide = true;
    else if (k === 'verbose') verbose = true;
    else if (k === 'filter') filter = v;
    else if (k === 't') {
      let t = v!;
      if (t.length > 1) {
        if (t === '\\0') t = '\0';
        else await die(`multi-character separator ${quote(t)}`);
      }
      if (t === '') await die('empty record separator');
      sep = t;
    }
  }
  if (ops.length > 2) await die(`extra operand ${quote(ops[2]!)}`, true);
  const infile = ops[0] ?? '-';
  const prefix = ops[1] ?? 'x';
  if (mode === null) (mode = 'l'), (amount = 1000n);

  let chunk: { kind: 'b' | 'l' | 'r'; k: number; n: number } | null = null;
  if ((mode as string) === 'n') {
    const m = /^(?:([lr])\/)?(?:([^/]*)\/)?([^/]*)$/.exec(chunkSpec);
    if (!m) await die(`invalid number of chunks: ${quote(chunkSpec)}`);
    const nr = xstrtoumax(m![3]!, 10, '');
    if (!nr.ok) await die(`invalid number of chunks: ${quote(m![3]!)}`);
    const n = Number((nr as { value: bigint }).value);
    if (n === 0) await die(`invalid number of chunks: ${quote(m![3]!)}: Numerical result out of range`);
    let k = 0;
    if (m![2] !== undefined) {
      const kr = xstrtoumax(m![2], 10, '');
      if (!kr.ok) await die(`invalid chunk number: ${quote(m![2])}`);
      k = Number((kr as { value: bigint }).value);
      if (k === 0 || k > n) await die(`invalid chunk number: ${quote(m![2])}: Numerical result out of range`);
    }
    chunk = { kind: (m![1] as 'l' | 'r' | undefined) ?? 'b', k, n };
  }

  // suffix length: the default 2 grows to fit -n's number of files; a user value must fit it
  let needed = 0;
  let auto = start === null;
  if (chunk) {
    let end = chunk.n - 1 + (start !== null && Number(start) < chunk.n ? Number(start) : 0);
    do needed++;
    while ((end = Math.floor(end / alphabet.length)));
    auto = false;
  }
  if (suffixLen) {
    if (suffixLen < needed) await die(`the suffix length needs to be at least ${needed}`);
    auto = false;
  } else suffixLen = Math.max(2, needed);
  if (start !== null && start.length > suffixLen) await die('numerical suffix start value is too large for the suffix length', true);

  if (chunk && infile === '-' && stdinRegularSize(ctx) === null) await die('-: cannot determine file size');
  let data: string;
  try {
    data = await readInput(ctx, infile);
  } catch (e) {
    if (errText(e) === 'Is a directory') await die(`${q(infile)}: Is a directory`);
    await die(`cannot open ${quote(infile)} for reading: ${errText(e)}`);
  }
  const pieces: Piece[] = chunkPieces(data!, mode, amount, chunk, sep);
  if (chunk && chunk.k) {
    await ctx.stdout.write(pieces.map((p) => p.data).join(''));
    return 0;
  }
  const names = new SuffixGen(prefix, suffixLen, alphabet, auto, extra, start);
  for (const p of pieces) {
    if (elide && p.data === '') continue;
    const name = names.next();
    if (name === null) await die('output file suffixes exhausted');
    if (filter !== undefined) {
      const env = new Map(ctx.env);
      env.set('FILE', name!);
      const st = await ctx.spawn({ argv: ['sh', '-c', filter], env, stdin: p.data });
      if (st !== 0) await die(`with FILE=${name}, exit ${st} from command: ${filter}`);
      continue;
    }
    if (verbose) await ctx.stdout.write(`creating file ${quote(name!)}\n`);
    try {
      ctx.fs.writeFile(name!, p.data);
    } catch (e) {
      await die(`${q(name!)}: ${errText(e)}`);
    }
    await ctx.tick(1);
  }
  return 0;
}
