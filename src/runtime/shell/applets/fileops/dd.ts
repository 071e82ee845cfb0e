import type { InStream } from '../../../kernel/stream.ts';
import { errText, q, qa, usageError } from '../errors.ts';
import { OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { type DdCounts, statsText } from './dd-stats.ts';
import { parseSize } from './sizes.ts';

const CONVS = ['ascii', 'ebcdic', 'ibm', 'block', 'unblock', 'lcase', 'ucase', 'sparse', 'swab', 'sync', 'excl', 'nocreat', 'notrunc', 'noerror', 'fdatasync', 'fsync'];
const FLAGS = ['append', 'binary', 'cio', 'direct', 'directory', 'dsync', 'sync', 'fullblock', 'noatime', 'nocache', 'noctty', 'nofollow', 'nolinks', 'nonblock', 'text', 'count_bytes', 'skip_bytes', 'seek_bytes'];
const STATUS = ['none', 'noxfer', 'progress'];

/** dd's number grammar: size suffixes plus c/w/b, and N x M products. */
function ddNumber(s: string): number | null {
  let total = 1;
  for (const part of s.split('x')) {
    const n = parseSize(part, { c: 1, w: 2, b: 512 });
    if (n === null) return null;
    total *= n;
  }
  return total;
}

class Bad extends Error {}

/** dd [OPERAND]...: block copy with conversions and the records/bytes report on stderr. */
const dd: Applet = {
  async run(ctx) {
    const op: Record<string, string> = {};
    const conv = new Set<string>();
    const iflag = new Set<string>();
    const oflag = new Set<string>();
    let status: 'default' | 'noxfer' | 'none' | 'progress' = 'default';
    const nums: Record<string, number> = {};
    try {
      for (const a of ctx.argv.slice(1)) {
        if (a === '--') continue;
        const eq = a.indexOf('=');
        const key = eq < 0 ? '' : a.slice(0, eq);
        const val = a.slice(eq + 1);
        if (['if', 'of'].includes(key)) op[key] = val;
        else if (['bs', 'ibs', 'obs', 'cbs', 'count', 'skip', 'seek', 'iseek', 'oseek'].includes(key)) {
          const n = ddNumber(val);
          if (n === null || (n === 0 && ['bs', 'ibs', 'obs', 'cbs'].includes(key))) throw new Bad(`invalid number: ${qa(val)}`);
          nums[key === 'iseek' ? 'skip' : key === 'oseek' ? 'seek' : key] = n;
        } else if (key === 'conv' || key === 'iflag' || key === 'oflag') {
          for (const f of val.split(',')) {
            const ok = key === 'conv' ? CONVS.includes(f) : FLAGS.includes(f);
            if (!ok) throw new OptError(`invalid ${key === 'conv' ? 'conversion' : key === 'iflag' ? 'input flag' : 'output flag'}: ${qa(f)}`);
            (key === 'conv' ? conv : key === 'iflag' ? iflag : oflag).add(f);
          }
        } else if (key === 'status') {
          if (!STATUS.includes(val)) throw new OptError(`invalid status level: ${qa(val)}`);
          status = val as typeof status;
        } else throw new OptError(`unrecognized operand ${qa(a)}`);
      }
      if (conv.has('lcase') && conv.has('ucase')) throw new Bad('cannot combine lcase and ucase');
      if (conv.has('excl') && conv.has('nocreat')) throw new Bad('cannot combine excl and nocreat');
    } catch (e) {
      if (e instanceof Bad) {
        await ctx.stderr.write(`${ctx.name}: ${e.message}\n`);
        return 1;
      }
      return usageError(ctx, e);
    }
    const ibs = nums.bs ?? nums.ibs ?? 512;
    const obs = nums.bs ?? nums.obs ?? 512;
    const reblock = nums.bs === undefined && ibs !== obs;
    let input: InStream;
    try {
      input = ctx.open(op.if ?? '-');
    } catch (e) {
      await ctx.stderr.write(`${ctx.name}: failed to open ${qa(op.if!)}: ${errText(e)}\n`);
      return 1;
    }
    const seekBytes = (nums.seek ?? 0) * (oflag.has('seek_bytes') ? 1 : obs);
    let existing = '';
    if (op.of !== undefined) {
      try {
        const there = ctx.fs.exists(op.of);
        if (there && conv.has('excl')) throw Object.assign(new Error(), { text: 'File exists' });
        if (!there && conv.has('nocreat')) throw Object.assign(new Error(), { text: 'No such file or directory' });
        if (!there) ctx.fs.writeFile(op.of, '');
        const st = ctx.fs.stat(op.of);
        if (st.type === 'file') existing = ctx.fs.readFile(op.of);
        if (st.type === 'dir') throw Object.assign(new Error(), { text: 'Is a directory' });
      } catch (e) {
        await ctx.stderr.write(`${ctx.name}: failed to open ${qa(op.of)}: ${(e as { text?: string }).text ?? errText(e)}\n`);
        return 1;
      }
    }
    const c: DdCounts = { fullIn: 0, partialIn: 0, fullOut: 0, partialOut: 0, bytes: 0, truncated: 0 };
    const reader = new BlockReader(ctx, input, iflag.has('fullblock') || memDevice(ctx, op.if));
    const skip = (nums.skip ?? 0) * (iflag.has('skip_bytes') ? 1 : ibs);
    if (oflag.has('append') && !conv.has('notrunc')) await ctx.stderr.write(`${ctx.name}: you probably want conv=notrunc with oflag=append\n`);
    if (skip && !(await reader.discard(skip)) && op.if !== undefined) await ctx.stderr.write(`${ctx.name}: ${q(op.if)}: cannot skip to specified offset\n`);
    const countBytes = iflag.has('count_bytes');
    let remaining = nums.count === undefined ? Infinity : nums.count * (countBytes ? 1 : 1);
    let out = '';
    let pending = '';
    const emit = (block: string) => {
      if (block.length === obs) c.fullOut++;
      else c.partialOut++;
      c.bytes += block.length;
      out += block;
    };
    while (remaining > 0) {
      const want = countBytes ? Math.min(ibs, remaining) : ibs;
      let rec = await reader.read(want);
      if (rec === null) break;
      remaining -= countBytes ? rec.length : 1;
      if (rec.length === ibs) c.fullIn++;
      else c.partialIn++;
      if (conv.has('sync') && rec.length < ibs) rec = rec.padEnd(ibs, conv.has('block') || conv.has('unblock') ? ' ' : '\0');
      if (conv.has('swab')) rec = rec.replace(/([\s\S])([\s\S])/g, '$2$1');
      if (conv.has('ucase')) rec = rec.replace(/[a-z]+/g, (m) => m.toUpperCase());
      if (conv.has('lcase')) rec = rec.replace(/[A-Z]+/g, (m) => m.toLowerCase());
      if (!reblock) emit(rec);
      else {
        pending += rec;
        while (pending.length >= obs) (emit(pending.slice(0, obs)), (pending = pending.slice(obs)));
      }
      if (op.of === undefined && out.length >= 65536) {
        await ctx.stdout.write(out);
        out = '';
      }
      await ctx.tick();
    }
    input.close();
    if (pending) emit(pending);
    try {
      if (op.of === undefined) await ctx.stdout.write(out);
      else {
        const base = oflag.has('append') ? existing : existing.slice(0, conv.has('notrunc') ? undefined : seekBytes).padEnd(seekBytes, '\0');
        const at = oflag.has('append') ? existing.length : seekBytes;
        const data = base.slice(0, at) + out + base.slice(at + out.length);
        if (ctx.fs.stat(op.of).type === 'file') ctx.fs.writeFile(op.of, data);
        else if (out) ctx.fs.writeFile(op.of, out);
      }
    } catch (e) {
      await ctx.stderr.write(`${ctx.name}: error writing ${qa(op.of ?? 'standard output')}: ${errText(e)}\n`);
      await ctx.stderr.write(statsText(c, status));
      return 1;
    }
    await ctx.stderr.write(statsText(c, status));
    return 0;
  },
};
export default dd;

/** /dev/zero, /dev/urandom & co. (major 1) fill every read(2) completely, unlike pipes and ttys. */
function memDevice(ctx: AppletContext, path: string | undefined): boolean {
  if (path === undefined) return false;
  try {
    const st = ctx.fs.stat(path);
    return st.type === 'chr' && Math.floor(st.rdev / 256) === 1;
  } catch {
    return false;
  }
}

/** read(2) on the input: a file hands out whole blocks, a pipe what each write put in it. */
class BlockReader {
  private buf = '';
  private eof = false;
  constructor(
    private readonly ctx: AppletContext,
    private readonly input: InStream,
    private readonly fullBlock: boolean,
  ) {}

  private async fill(): Promise<boolean> {
    if (this.eof) return false;
    const chunk = await this.input.read(this.ctx.proc);
    if (chunk === null) {
      this.eof = true;
      return false;
    }
    this.buf += chunk;
    return true;
  }

  async read(n: number): Promise<string | null> {
    if (this.buf === '' && !(await this.fill())) return null;
    while (this.fullBlock && this.buf.length < n && (await this.fill()));
    const r = this.buf.slice(0, n);
    this.buf = this.buf.slice(r.length);
    return r;
  }

  /** False when the input ended before `n` bytes were skipped. */
  async discard(n: number): Promise<boolean> {
    while (n > 0) {
      const r = await this.read(n);
      if (r === null) return false;
      n -= r.length;
    }
    return true;
  }
}
