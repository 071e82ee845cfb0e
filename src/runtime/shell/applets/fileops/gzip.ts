import { gzipInfo } from './gzip-help.ts';
import type { Stat } from '../../../kernel/fs/types.ts';
import { errText } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { crc32 } from 'node:zlib';
import { CorruptGzip, type GzInfo, gzipDecode, gzipEncode, NotGzip } from './gzip-format.ts';
import { childrenOf, joinName } from './paths.ts';

interface GzOpts {
  decompress: boolean;
  stdout: boolean;
  keep: boolean;
  force: boolean;
  verbose: boolean;
  quiet: boolean;
  list: boolean;
  test: boolean;
  recursive: boolean;
  noName: boolean;
  level: number;
  suffix: string;
}

/** gzip / gunzip / zcat (gzip 1.12): names, warnings (exit 2) and errors (exit 1) as gzip prints them. */
const gzip: Applet = {
  async run(ctx) {
    let p;
    const o: GzOpts = { decompress: ctx.name !== 'gzip', stdout: ctx.name === 'zcat', keep: false, force: false, verbose: false, quiet: false, list: false, test: false, recursive: false, noName: false, level: 6, suffix: '.gz' };
    try {
      p = getopt(ctx.argv.slice(1), {
        short: 'cdfhklLnNqrS:tvV123456789',
        long: {
          stdout: { key: 'c' }, 'to-stdout': { key: 'c' }, decompress: { key: 'd' }, uncompress: { key: 'd' }, force: { key: 'f' },
          keep: { key: 'k' }, list: { key: 'l' }, 'no-name': { key: 'n' }, name: { key: 'N' }, quiet: { key: 'q' },
          recursive: { key: 'r' }, suffix: { key: 'S', arg: 'required' }, test: { key: 't' }, verbose: { key: 'v' },
          fast: { key: '1' }, best: { key: '9' }, help: {}, version: {}, synchronous: {}, rsyncable: {},
        },
      });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      await ctx.stderr.write(`gzip: ${e.message}\nTry \`gzip --help' for more information.\n`);
      return 1;
    }
    const info = await gzipInfo(ctx, p.list.map(([k]) => k));
    if (info !== undefined) return info;
    for (const [k, v] of p.list) {
      if (k === 'c') o.stdout = true;
      else if (k === 'd') o.decompress = true;
      else if (k === 'f') o.force = true;
      else if (k === 'k') o.keep = true;
      else if (k === 'l') o.list = true;
      else if (k === 'n') o.noName = true;
      else if (k === 'N') o.noName = false;
      else if (k === 'q') (o.quiet = true), (o.verbose = false);
      else if (k === 'v') (o.verbose = true), (o.quiet = false);
      else if (k === 'r') o.recursive = true;
      else if (k === 't') (o.test = true), (o.decompress = true);
      else if (k === 'S') o.suffix = v!;
      else if (/^\d$/.test(k)) o.level = Number(k);
    }
    if (o.suffix === '' || o.suffix.length > 30) {
      await ctx.stderr.write(`gzip: invalid suffix '${o.suffix}'\n`);
      return 1;
    }
    const g = new Gz(ctx, o);
    if (p.operands.length === 0) await g.stdin();
    else for (const f of p.operands) await g.file(f);
    if (o.list && g.listed > 1) await g.listTotal();
    return g.status;
  },
};
export default gzip;

class Gz {
  status = 0;
  listed = 0;
  private totals = { c: 0, u: 0, header: 0 };
  constructor(
    private readonly ctx: AppletContext,
    private readonly o: GzOpts,
  ) {}

  private async error(msg: string, blankLine = false): Promise<void> {
    await this.ctx.stderr.write(`${blankLine ? '\n' : ''}gzip: ${msg}\n`);
    this.status = 1;
  }
  private async warn(msg: string): Promise<void> {
    if (!this.o.quiet) await this.ctx.stderr.write(`gzip: ${msg}\n`);
    if (this.status === 0) this.status = 2;
  }

  async stdin(): Promise<void> {
    const data = await this.ctx.stdin.readAll();
    if (!this.o.decompress && !this.o.list) {
      await this.ctx.stdout.write(gzipEncode(data, this.o.level, null, 0));
      return;
    }
    if (data === '') return this.error('stdin: unexpected end of file', true);
    try {
      const info = gzipDecode(data);
      if (this.o.list) return this.listLine({ ...info, mtime: 0 }, 'stdout'); // gzip -l shows no stamp for stdin
      if (!this.o.test) await this.ctx.stdout.write(info.data);
    } catch (e) {
      await this.badInput(e, 'stdin');
    }
  }

  private async badInput(e: unknown, name: string): Promise<void> {
    if (e instanceof NotGzip) await this.error(`${name}: not in gzip format`, true);
    else if (e instanceof CorruptGzip) await this.error(`${name}: invalid compressed data--format violated`, true);
    else throw e;
  }

  async file(arg: string): Promise<void> {
    const { ctx, o } = this;
    if (arg === '-') return this.stdin();
    let name = arg;
    let st: Stat;
    try {
      st = ctx.fs.stat(name);
    } catch (e) {
      if (o.decompress && !name.endsWith(o.suffix) && ctx.fs.exists(name + o.suffix)) name += o.suffix;
      else return this.error(`${o.decompress && !name.endsWith(o.suffix) ? name + o.suffix : name}: ${errText(e)}`);
      st = ctx.fs.stat(name);
    }
    if (st.type === 'dir') {
      if (!o.recursive) return this.warn(`${name} is a directory -- ignored`);
      for (const n of childrenOf(ctx, name)) await this.file(joinName(name, n));
      return;
    }
    if (st.type !== 'file' && !o.stdout) return this.warn(`${name} is not a directory or a regular file - ignored`);
    return o.decompress || o.list ? this.decompressFile(name, st) : this.compressFile(name, st);
  }

  private async compressFile(name: string, st: Stat): Promise<void> {
    const { ctx, o } = this;
    if (name.endsWith(o.suffix) && !o.stdout) {
      if (!o.quiet) await ctx.stderr.write(`gzip: ${name} already has ${o.suffix} suffix -- unchanged\n`);
      return;
    }
    const data = ctx.fs.readFile(name);
    const base = name.slice(name.lastIndexOf('/') + 1);
    const out = gzipEncode(data, o.level, o.noName ? null : base, o.noName ? 0 : Math.floor(st.mtime / 1000));
    if (o.stdout) return void (await ctx.stdout.write(out));
    const target = name + o.suffix;
    if (!(await this.writeTarget(target, out, st))) return;
    if (o.verbose) await ctx.stderr.write(`${name}:\t${ratio(data.length, deflatedSize(out, !o.noName, base))} -- ${o.keep ? 'created' : 'replaced with'} ${target}\n`);
    if (!o.keep) ctx.fs.unlink(name);
  }

  private async decompressFile(name: string, st: Stat): Promise<void> {
    const { ctx, o } = this;
    const known = [o.suffix, '.gz', '-gz', '.z', '-z', '_z', '.tgz', '.taz'].find((s) => name.length > s.length && name.endsWith(s));
    if (!known && !o.stdout && !o.test && !o.list) return this.warn(`${name}: unknown suffix -- ignored`);
    let info;
    try {
      info = gzipDecode(ctx.fs.readFile(name));
    } catch (e) {
      return this.badInput(e, name);
    }
    const plain = known === '.tgz' || known === '.taz' ? `${name.slice(0, -known.length)}.tar` : known ? name.slice(0, -known.length) : name;
    if (o.list) return this.listLine(info, plain);
    if (o.test) return;
    if (o.stdout) return void (await ctx.stdout.write(info.data));
    if (!(await this.writeTarget(plain, info.data, st))) return;
    if (o.verbose) await ctx.stderr.write(`${name}:\t${ratio(info.data.length, info.payload)} -- ${o.keep ? 'created' : 'replaced with'} ${plain}\n`);
    if (!o.keep) ctx.fs.unlink(name);
  }

  /** Creates the output like gzip: refuses an existing file without -f, copies mode and times. */
  private async writeTarget(target: string, data: string, st: Stat): Promise<boolean> {
    const { ctx, o } = this;
    if (ctx.fs.exists(target) || isLink(ctx, target)) {
      if (!o.force) {
        await this.warn(`${target} already exists;\tnot overwritten`);
        return false;
      }
      ctx.fs.unlink(target);
    }
    try {
      ctx.fs.writeFile(target, data, { mode: 0o600 });
      ctx.fs.chmod(target, st.mode & 0o7777);
      ctx.fs.utimes(target, st.atime, st.mtime);
      if (ctx.proc.creds.uid === 0) ctx.fs.chown(target, st.uid, st.gid);
    } catch (e) {
      await this.error(`${target}: ${errText(e)}`);
      return false;
    }
    return true;
  }

  private async listLine(info: GzInfo, name: string): Promise<void> {
    const v = this.o.verbose;
    if (this.listed++ === 0 && !this.o.quiet) await this.ctx.stdout.write(`${v ? LIST_VERBOSE_HEAD : ''}${LIST_HEAD}`);
    this.totals.c += info.size;
    this.totals.u += info.data.length;
    // gzip 1.12 subtracts only the last member's header+trailer bytes from the totals' ratio.
    this.totals.header = info.size - info.payload;
    const lead = v ? `defla ${(crc32(Buffer.from(info.data, 'latin1')) >>> 0).toString(16).padStart(8, '0')} ${listDate(info.mtime)} ` : '';
    await this.ctx.stdout.write(`${lead}${String(info.size).padStart(19)} ${String(info.data.length).padStart(19)} ${ratio(info.data.length, info.payload).padStart(6)} ${name}\n`);
  }
  async listTotal(): Promise<void> {
    const { c, u, header } = this.totals;
    const lead = this.o.verbose ? ' '.repeat(28) : '';
    await this.ctx.stdout.write(`${lead}${String(c).padStart(19)} ${String(u).padStart(19)} ${ratio(u, c - header).padStart(6)} (totals)\n`);
  }
}

const LIST_HEAD = '         compressed        uncompressed  ratio uncompressed_name\n';
const LIST_VERBOSE_HEAD = 'method  crc     date  time  ';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `gzip -lv` shows the member's stored mtime as "%b %e %H:%M" (the model runs in UTC). */
function listDate(sec: number): string {
  const d = new Date(sec * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

function isLink(ctx: AppletContext, p: string): boolean {
  try {
    return ctx.fs.lstat(p).type === 'symlink';
  } catch {
    return false;
  }
}

/** Size of the deflate payload inside a member we just wrote. */
function deflatedSize(member: string, named: boolean, base: string): number {
  return member.length - 10 - 8 - (named ? base.length + 1 : 0);
}

/** gzip's display_ratio: (1 - compressed/uncompressed) with one decimal. */
function ratio(uncompressed: number, compressed: number): string {
  let r = uncompressed === 0 ? 0 : Math.round(((uncompressed - compressed) * 1000) / uncompressed);
  const sign = r < 0 ? '-' : ' ';
  r = Math.abs(r);
  return `${sign}${String(Math.floor(r / 10)).padStart(2)}.${r % 10}%`;
}
