import { fail, usageError } from '../errors.ts';
import { OptError, getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { ByteSource } from './byte-source.ts';
import { STD_LONGS, stdOptions } from './coreutils-info.ts';
import { quote } from './locale-quote.ts';
import { type OdSpec, TypeError_, computePads, formatLine, parseTypes } from './od-format.ts';
import { odStrings } from './od-strings.ts';
import { MULTIPLIERS, xstrtolMessage, xstrtoumax } from './xstrtol.ts';
import { bbOptError, bbUsage } from './busybox-usage.ts';

const TRADITIONAL: Record<string, string> = { a: 'a', b: 'o1', c: 'c', d: 'u2', f: 'fF', h: 'x2', x: 'x2', i: 'dI', l: 'dL', o: 'o2', s: 'd2', B: 'o2', D: 'u4', e: 'fD', F: 'fD', H: 'x4', X: 'x4', I: 'dL', L: 'dL', O: 'o4' };
const LONGS = {
  'address-radix': { arg: 'required', key: 'A' },
  endian: { arg: 'required' },
  'skip-bytes': { arg: 'required' },
  'read-bytes': { arg: 'required' },
  strings: { arg: 'optional' },
  format: { arg: 'required', key: 't' },
  'output-duplicates': { key: 'v' },
  width: { arg: 'optional' },
  traditional: {},
  ...STD_LONGS,
} as const;

class Die extends Error {}

const BB_FORMATS: Record<string, string> = { a: 'a', b: 'oC', c: 'c', d: 'u2', f: 'fF', h: 'x2', i: 'd2', l: 'd4', o: 'o2', x: 'x2', s: 'd2' };

/** busybox applies its format flags once each, in a fixed order around the -t list. */
function bbOrder(list: [string, string | undefined][]): [string, string | undefined][] {
  const has = (k: string) => list.some(([x]) => x === k);
  const fmt = (ks: string) => [...ks].filter(has).map((k): [string, string] => ['t', BB_FORMATS[k]!]);
  const rest = list.filter(([k]) => !BB_FORMATS[k] && k !== 't');
  return [...rest, ...fmt('abcdfhilo'), ...list.filter(([k]) => k === 't'), ...fmt('xs')];
}

/** [[+]OFFSET[.][b]] operands of the traditional syntax. */
function oldOffset(s: string): bigint | null {
  if (s === '') return null;
  const t = s.startsWith('+') ? s.slice(1) : s;
  const radix = t.includes('.') ? 10 : /^0[xX]/.test(t) ? 16 : 8;
  const r = xstrtoumax(t, radix, 'Bb');
  return r.ok ? r.value : null;
}

function lcm(a: number, b: number): number {
  const g = (x: number, y: number): number => (y ? g(y, x % y) : x);
  return (a / g(a, b)) * b;
}

/** od (coreutils 9.1): every -t type, traditional options and offsets, -A -j -N -S -v -w --endian. */
const od: Applet = {
  async run(ctx) {
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), { short: 'A:aBbcDdeFfHhIij:LlN:OoS:st:vw::Xx', long: LONGS as never });
    } catch (e) {
      if (ctx.flavor === 'busybox' && e instanceof OptError) return bbOptError(ctx, e.message);
      return usageError(ctx, e);
    }
    if (ctx.flavor === 'busybox') {
      if (opts.list.some(([k]) => k === '--help')) {
        await bbUsage(ctx, 'od');
        return 0;
      }
      const bad = opts.list.find(([k]) => 'BDeFHXILO'.includes(k) && k.length === 1);
      if (bad) return bbOptError(ctx, `invalid option -- '${bad[0]}'`);
      opts.list = bbOrder(opts.list);
    }
    const std = await stdOptions(ctx, 'od', opts.list);
    if (std !== undefined) return std;
    const die = async (msg: string): Promise<never> => {
      await fail(ctx, msg);
      throw new Die();
    };
    try {
      return await dump(ctx, opts.list, opts.operands, die);
    } catch (e) {
      if (e instanceof Die) return 1;
      throw e;
    }
  },
};
export default od;

async function dump(ctx: AppletContext, list: [string, string | undefined][], operands: string[], die: (m: string) => Promise<never>): Promise<number> {
  const specs: OdSpec[] = [];
  let modern = false;
  let traditional = false;
  let radix = 'o';
  let skip = 0n;
  let limit: bigint | null = null;
  let width: bigint | null = null;
  let strings: bigint | null = null;
  let big = false;
  let verbose = false;
  let ok = true;
  const bb = ctx.flavor === 'busybox';
  const size = async (opt: string, v: string, base: 0 | 10 = 0, sfx = MULTIPLIERS): Promise<bigint> => {
    const r = xstrtoumax(v, base, sfx);
    if (!r.ok) return die(bb ? `invalid number '${v}'` : xstrtolMessage(r.err, opt, v, quote));
    return r.value;
  };
  for (const [k, v] of list) {
    if (TRADITIONAL[k]) specs.push(...parseTypes(TRADITIONAL[k]!, bb));
    else if (k === 'A') {
      modern = true;
      if (v!.length === 0 || !'doxn'.includes(v![0]!)) await die(bb ? `bad output address radix '${v![0] ?? ''}' (must be [doxn])` : `invalid output address radix '${v![0] ?? ''}'; it must be one character from [doxn]`);
      radix = v![0]!;
    } else if (k === 'j' || k === 'skip-bytes') (modern = true), (skip = await size(k === 'j' ? '-j' : '--skip-bytes', v!));
    else if (k === 'N' || k === 'read-bytes') (modern = true), (limit = await size(k === 'N' ? '-N' : '--read-bytes', v!));
    else if (k === 'S' || k === 'strings') (modern = true), (strings = v === undefined ? 3n : await size(k === 'S' ? '-S' : '--strings', v));
    else if (k === 't') {
      modern = true;
      try {
        specs.push(...parseTypes(v!, bb));
      } catch (e) {
        if (!(e instanceof TypeError_)) throw e;
        await fail(ctx, e.message);
        ok = false;
      }
    } else if (k === 'v') (modern = true), (verbose = true);
    else if (k === 'w' || k === 'width') (modern = true), (width = v === undefined ? 32n : await size(k === 'w' ? '-w' : '--width', v, 10, ''));
    else if (k === 'traditional') traditional = true;
    else if (k === 'endian') {
      if (v !== 'little' && v !== 'big' && !(v && ('little'.startsWith(v) || 'big'.startsWith(v)))) {
        await ctx.stderr.write(`od: invalid argument ${quote(v ?? '')} for '--endian'\nValid arguments are:\n  - 'little'\n  - 'big'\nTry 'od --help' for more information.\n`);
        throw new Die();
      }
      big = 'big'.startsWith(v!);
    }
  }
  if (!ok) return 1;
  if (strings !== null && specs.length > 0) await die('no type may be specified when dumping strings');

  let files = operands;
  let label: bigint | null = null;
  if (!bb && (!modern || traditional)) {
    const n = files.length;
    let o1: bigint | null;
    let o2: bigint | null;
    if (n === 1 && (traditional || files[0]!.startsWith('+')) && (o1 = oldOffset(files[0]!)) !== null) (skip = o1), (files = []);
    else if (n === 2 && (traditional || files[1]!.startsWith('+') || /^\d/.test(files[1]!)) && (o1 = oldOffset(files[1]!)) !== null) (skip = o1), (files = [files[0]!]);
    else if (n === 2 && traditional && (o1 = oldOffset(files[0]!)) !== null && (o2 = oldOffset(files[1]!)) !== null) (skip = o1), (label = o2), (files = []);
    else if (n === 3 && traditional && (o1 = oldOffset(files[1]!)) !== null && (o2 = oldOffset(files[2]!)) !== null) (skip = o1), (label = o2), (files = [files[0]!]);
    if (traditional && files.length > 1) {
      await ctx.stderr.write(`od: extra operand ${quote(files[1]!)}\nod: compatibility mode supports at most one file\nTry 'od --help' for more information.\n`);
      return 1;
    }
  }
  if (files.length === 0) files = ['-'];

  const pad = radix === 'x' ? 6 : radix === 'n' ? 0 : 7;
  const base = radix === 'x' ? 16 : radix === 'd' ? 10 : 8;
  const fmtAddr = (a: bigint): string => {
    if (radix === 'n') return '';
    a = ((a % (1n << 64n)) + (1n << 64n)) % (1n << 64n);
    const s = a.toString(base).padStart(pad, '0');
    return label === null ? s : `${s} (${(a + label - skip).toString(base).padStart(pad, '0')})`;
  };

  const src = new ByteSource(ctx, files, async (f, text) => fail(ctx, `${f}: ${text}`));
  if (skip > 0n) {
    const done = await src.skip(Number(skip));
    if (BigInt(done) < skip) await die(`${bb ? "can't" : 'cannot'} skip past end of combined input`);
  }
  if (strings !== null) {
    await odStrings(ctx, src, Number(strings), skip, limit, fmtAddr);
    return src.failed ? 1 : 0;
  }
  if (specs.length === 0) specs.push(...parseTypes('o2', bb));
  const lcmAll = specs.reduce((a, s) => lcm(a, s.size), 1);
  let perLine: number;
  if (width !== null) {
    perLine = Number(width);
    if (width === 0n || perLine % lcmAll !== 0) {
      await fail(ctx, `warning: invalid width ${width}; using ${lcmAll} instead`);
      perLine = lcmAll;
    }
  } else perLine = lcmAll < 16 ? 16 - (16 % lcmAll) : lcmAll;
  computePads(specs, perLine);

  let offset = skip;
  const end = limit === null ? null : skip + limit;
  let prev: string | null = null;
  let prevEqual = false;
  let out = '';
  const flush = async () => {
    if (out) await ctx.stdout.write(out);
    out = '';
  };
  for (;;) {
    const want = end === null ? perLine : Number(end - offset < BigInt(perLine) ? end - offset : BigInt(perLine));
    const block = want > 0 ? await src.read(want) : '';
    if (block.length === 0) break;
    if (!verbose && prev !== null && block.length === perLine && block === prev) {
      if (!prevEqual) out += '*\n';
      prevEqual = true;
    } else {
      prevEqual = false;
      const rounded = Math.ceil(block.length / lcmAll) * lcmAll;
      const bytes = Array.from(block.padEnd(rounded, '\0'), (c) => c.charCodeAt(0));
      specs.forEach((s, i) => {
        out += (i === 0 ? fmtAddr(offset) : ' '.repeat(radix === 'n' ? 0 : pad)) + formatLine(s, bytes, block.length, perLine, big) + '\n';
      });
    }
    prev = block;
    offset += BigInt(block.length);
    if (out.length > 8192) await flush();
    if (block.length < perLine) break;
  }
  if (radix !== 'n') out += `${fmtAddr(offset)}\n`;
  await flush();
  src.close();
  return src.failed ? 1 : 0;
}
