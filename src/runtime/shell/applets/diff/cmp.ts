import { errText } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { ByteSource, parseSize } from './byte-source.ts';
import { hardLocale } from './locale.ts';
import { BB_CMP_USAGE, CMP_HELP, CMP_VERSION } from './usage-texts.ts';

class Trouble extends Error {}

/** GNU try_help: the message, then the Try line, both prefixed with the program name. */
async function tryHelp(ctx: AppletContext, msg: string | null): Promise<number> {
  if (ctx.flavor === 'busybox') {
    if (msg) await ctx.stderr.write(`cmp: ${msg}\n`);
    await ctx.stderr.write(BB_CMP_USAGE);
    return 1;
  }
  if (msg) await ctx.stderr.write(`cmp: ${msg}\n`);
  await ctx.stderr.write(`cmp: Try 'cmp --help' for more information.\n`);
  return 2;
}

/** cmp(1) from diffutils 3.8 and busybox: byte-by-byte comparison. */
const cmp: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    let opts;
    try {
      opts = bb
        ? getopt(ctx.argv.slice(1), { short: 'sln:', stopAtOperand: true })
        : getopt(ctx.argv.slice(1), {
            short: 'bci:ln:sv',
            long: { 'print-bytes': { key: 'b' }, 'print-chars': { key: 'c' }, 'ignore-initial': { key: 'i', arg: 'required' }, verbose: { key: 'l' }, bytes: { key: 'n', arg: 'required' }, silent: { key: 's' }, quiet: { key: 's' }, version: { key: 'v' }, help: {} },
          });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      return tryHelp(ctx, e.message);
    }
    let printBytes = false;
    let type: 'first' | 'all' | 'status' = 'first';
    const skip = [0, 0];
    let limit = Infinity;
    for (const [k, v] of opts.list) {
      if (k === 'help') {
        await ctx.stdout.write(CMP_HELP);
        return 0;
      }
      if (k === 'v') {
        await ctx.stdout.write(CMP_VERSION);
        return 0;
      }
      if (k === 'b' || k === 'c') printBytes = true;
      else if (k === 'l' || k === 's') {
        const t = k === 'l' ? 'all' : 'status';
        if (!bb && type !== 'first' && type !== t) return tryHelp(ctx, 'options -l and -s are incompatible');
        type = t;
      } else if (k === 'n') {
        const n = parseSize(v!);
        if (!n) return tryHelp(ctx, bb ? `invalid number '${v}'` : `invalid --bytes value '${v}'`);
        limit = Math.min(limit, n.value);
      } else if (k === 'i') {
        const a = parseSize(v!, ':');
        const b = a && a.rest.startsWith(':') ? parseSize(a.rest.slice(1)) : null;
        if (!a || (a.rest !== '' && !b)) return tryHelp(ctx, `invalid --ignore-initial value '${v}'`);
        skip[0] = Math.max(skip[0]!, a.value);
        skip[1] = Math.max(skip[1]!, b ? b.value : a.value);
      }
    }
    const ops = opts.operands;
    if (ops.length === 0) return tryHelp(ctx, bb ? null : `missing operand after '${ctx.argv[ctx.argv.length - 1]}'`);
    const files = [ops[0]!, ops[1] ?? '-'];
    for (let f = 0; f < 2 && f + 2 < ops.length; f++) {
      const n = parseSize(ops[f + 2]!);
      if (!n) return tryHelp(ctx, bb ? `invalid number '${ops[f + 2]}'` : `invalid --ignore-initial value '${ops[f + 2]}'`);
      skip[f] = Math.max(skip[f]!, n.value);
    }
    if (ops.length > 4) return tryHelp(ctx, bb ? null : `extra operand '${ops[4]}'`);
    try {
      return await compare(ctx, files, skip, limit, type, printBytes);
    } catch (e) {
      if (e instanceof Trouble) return 2;
      throw e;
    }
  },
};
export default cmp;

async function openSource(ctx: AppletContext, name: string, quiet: boolean): Promise<{ src: ByteSource; size: number | null; id: string | null }> {
  try {
    if (name === '-') return { src: new ByteSource(ctx, ctx.open('-')), size: null, id: null };
    const st = ctx.fs.stat(name);
    if (st.type === 'dir') {
      if (!quiet) await ctx.stderr.write(`cmp: ${name}: ${ctx.flavor === 'busybox' ? 'I/O error' : 'Is a directory'}\n`);
      throw new Trouble();
    }
    return { src: new ByteSource(ctx, ctx.open(name)), size: st.type === 'file' ? st.size : null, id: `${st.dev}:${st.ino}` };
  } catch (e) {
    if (e instanceof Trouble) throw e;
    if (!quiet) await ctx.stderr.write(`cmp: ${name}: ${errText(e)}\n`);
    throw new Trouble();
  }
}


function sprintc(c: number): string {
  let s = '';
  if (!(c >= 32 && c < 127)) {
    if (c >= 128) {
      s += 'M-';
      c -= 128;
    }
    if (c < 32) {
      s += '^';
      c += 64;
    } else if (c === 127) return `${s}^?`;
  }
  return s + String.fromCharCode(c);
}

const oct = (c: number): string => c.toString(8).padStart(3);

async function compare(ctx: AppletContext, files: string[], skip: number[], limit: number, type: 'first' | 'all' | 'status', printBytes: boolean): Promise<number> {
  const bb = ctx.flavor === 'busybox';
  const quiet = type === 'status';
  const s0 = await openSource(ctx, files[0]!, quiet);
  if (skip[0] === skip[1] && files[0] === files[1]) return 0;
  const s1 = await openSource(ctx, files[1]!, quiet);
  if (s0.id !== null && s0.id === s1.id && skip[0] === skip[1]) return 0;
  if (quiet && s0.size !== null && s1.size !== null) {
    const r0 = Math.max(0, s0.size - skip[0]!);
    const r1 = Math.max(0, s1.size - skip[1]!);
    if (r0 !== r1 && Math.min(r0, r1) < limit) return 1;
  }
  let width = 1;
  if (type === 'all') {
    let max = limit;
    for (const [s, f] of [[s0, 0], [s1, 1]] as const) if (s.size !== null) max = Math.min(max, Math.max(0, s.size - skip[f]!));
    width = String(max === Infinity ? Number.MAX_SAFE_INTEGER : max).length;
  }
  const n0 = Math.max(0, Math.min((await s0.src.fill(skip[0]! + limit)) - skip[0]!, limit));
  const n1 = Math.max(0, Math.min((await s1.src.fill(skip[1]! + limit)) - skip[1]!, limit));
  const a = s0.src.data.slice(skip[0], skip[0]! + n0);
  const b = s1.src.data.slice(skip[1], skip[1]! + n1);
  s0.src.close();
  s1.src.close();
  const smaller = Math.min(n0, n1);
  let out = '';
  let differing = false;
  let i = 0;
  while (i < smaller && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i < smaller) {
    if (type === 'status') return 1;
    if (type === 'first') {
      const line = 1 + countNl(a, i);
      if (bb) out = `${files[0]} ${files[1]} differ: char ${i + 1}, line ${line}\n`;
      else if (printBytes) {
        const c0 = a.charCodeAt(i);
        const c1 = b.charCodeAt(i);
        out = `${files[0]} ${files[1]} differ: byte ${i + 1}, line ${line} is ${oct(c0)} ${sprintc(c0)} ${oct(c1)} ${sprintc(c1)}\n`;
      } else out = `${files[0]} ${files[1]} differ: ${hardLocale(ctx, 'LC_MESSAGES') ? 'byte' : 'char'} ${i + 1}, line ${line}\n`;
      await ctx.stdout.write(out);
      return 1;
    }
    for (; i < smaller; i++) {
      const c0 = a.charCodeAt(i);
      const c1 = b.charCodeAt(i);
      if (c0 === c1) continue;
      differing = true;
      const pos = bb ? String(i + 1) : String(i + 1).padStart(width);
      out += printBytes ? `${pos} ${oct(c0)} ${sprintc(c0).padEnd(4)} ${oct(c1)} ${sprintc(c1)}\n` : `${pos} ${oct(c0)} ${oct(c1)}\n`;
      if (out.length > 65536) {
        await ctx.stdout.write(out);
        out = '';
        await ctx.tick(1);
      }
    }
    await ctx.stdout.write(out);
  }
  if (n0 !== n1) {
    if (type !== 'status') {
      const who = files[n1 < n0 ? 1 : 0]!;
      if (bb) await ctx.stderr.write(`cmp: EOF on ${who}\n`);
      else if (smaller === 0) await ctx.stderr.write(`cmp: EOF on ${who} which is empty\n`);
      else if (type === 'all') await ctx.stderr.write(`cmp: EOF on ${who} after byte ${smaller}\n`);
      else {
        const atStart = a[smaller - 1] === '\n';
        const line = 1 + countNl(a, smaller) - (atStart ? 1 : 0);
        await ctx.stderr.write(`cmp: EOF on ${who} after byte ${smaller}, ${atStart ? '' : 'in '}line ${line}\n`);
      }
    }
    return 1;
  }
  return differing ? 1 : 0;
}

function countNl(s: string, to: number): number {
  let n = 0;
  for (let i = 0; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
