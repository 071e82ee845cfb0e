import type { Stat } from '../../../kernel/fs/types.ts';
import { errText } from '../errors.ts';
import type { Applet, AppletContext } from '../types.ts';
import { busyboxTreeDiff } from './bb-dirs.ts';
import { diffFiles, type Side } from './diff-files.ts';
import { type DiffOptions, DiffUsage, parseDiffArgs } from './diff-options.ts';
import { BB_DIFF_USAGE, DIFF_HELP, DIFF_VERSION } from './usage-texts.ts';

/** The stat of an operand, or the text of why it failed. */
type Probe = { st: Stat } | { err: string };

function probe(ctx: AppletContext, name: string): Probe {
  if (name === '-') return { st: { type: 'fifo', mode: 0o600, uid: 0, gid: 0, size: 0, nlink: 1, ino: 0, dev: -1, rdev: 0, atime: ctx.kernel.clock.now, mtime: ctx.kernel.clock.now, ctime: ctx.kernel.clock.now } };
  try {
    return { st: ctx.fs.stat(name) };
  } catch (e) {
    return { err: errText(e) };
  }
}

const join = (dir: string, name: string): string => (dir.endsWith('/') ? dir + name : `${dir}/${name}`);
const basename = (p: string): string => p.replace(/\/+$/, '').split('/').pop() || p;

function typeName(st: Stat): string {
  switch (st.type) {
    case 'file': return st.size === 0 ? 'regular empty file' : 'regular file';
    case 'dir': return 'directory';
    case 'symlink': return 'symbolic link';
    case 'fifo': return 'fifo';
    case 'sock': return 'socket';
    case 'chr': return 'character special file';
    default: return 'block special file';
  }
}

class Differ {
  private readonly bb: boolean;

  constructor(
    private readonly ctx: AppletContext,
    private readonly o: DiffOptions,
  ) {
    this.bb = ctx.flavor === 'busybox';
  }

  private async err(msg: string): Promise<number> {
    await this.ctx.stderr.write(`diff: ${msg}\n`);
    return 2;
  }

  private async read(name: string, st: Stat): Promise<string> {
    if (st.type === 'file' && name !== '-') return this.ctx.fs.readFile(name);
    const input = this.ctx.open(name);
    let data = '';
    for (;;) {
      const c = await input.read(this.ctx.proc);
      if (c === null) break;
      data += c;
      await this.ctx.tick(1);
    }
    input.close();
    return data;
  }

  /** compare_files: operands or directory entries; a null stat stands for an absent file (-N). */
  async compare(n0: string, n1: string, p0: Probe | null, p1: Probe | null, top: boolean): Promise<number> {
    const o = this.o;
    const q0 = p0 ?? { err: '' };
    const q1 = p1 ?? { err: '' };
    const absent0 = 'err' in q0;
    const absent1 = 'err' in q1;
    if (absent0 || absent1) {
      const new0 = absent0 && !absent1 && (o.newFile || o.unidirectionalNew) && (p0 === null || top);
      const new1 = absent1 && !absent0 && o.newFile && (p1 === null || top);
      if (!(new0 || new1)) {
        let status = 0;
        if (absent0) status = await this.err(this.bb ? `can't stat '${n0}': ${q0.err}` : `${n0}: ${q0.err}`);
        if (absent1 && !(this.bb && absent0)) status = await this.err(this.bb ? `can't stat '${n1}': ${q1.err}` : `${n1}: ${q1.err}`);
        return status;
      }
    }
    const st0 = 'st' in q0 ? q0.st : null;
    const st1 = 'st' in q1 ? q1.st : null;
    const dir0 = st0?.type === 'dir';
    const dir1 = st1?.type === 'dir';
    if ((dir0 || st0 === null) && (dir1 || st1 === null)) {
      if (this.bb && o.recursive && st0 && st1) return busyboxTreeDiff(this.ctx, [n0, n1], o.newFile, (c0, c1, t0, t1) => this.files(c0, c1, t0, t1, false));
      if (top || o.recursive) return this.dirs(n0, n1, st0, st1, top);
      await this.ctx.stdout.write(`Common subdirectories: ${n0} and ${n1}\n`);
      return 0;
    }
    if (dir0 !== dir1 && st0 && st1) {
      if (top) {
        const [d, f] = dir0 ? [n0, n1] : [n1, n0];
        if (f === '-') return this.err("cannot compare '-' to a directory");
        const inner = join(d, basename(f));
        return dir0 ? this.compare(inner, n1, probe(this.ctx, inner), p1, true) : this.compare(n0, inner, p0, probe(this.ctx, inner), true);
      }
      await this.ctx.stdout.write(`File ${n0} is a ${typeName(st0)} while file ${n1} is a ${typeName(st1)}\n`);
      return 1;
    }
    if (st0 && st1 && st0.dev === st1.dev && st0.ino === st1.ino && st0.dev !== -1) return this.bb ? 0 : this.identical(n0, n1);
    if (n0 === '-' && n1 === '-') return this.identical(n0, n1);
    return this.files(n0, n1, st0, st1, top);
  }

  private async files(n0: string, n1: string, st0: Stat | null, st1: Stat | null, top: boolean): Promise<number> {
    const o = this.o;
    let d0 = '';
    let d1 = '';
    try {
      if (st0) d0 = await this.read(n0, st0);
    } catch (e) {
      return this.err(`${n0}: ${errText(e)}`);
    }
    try {
      if (st1) d1 = await this.read(n1, st1);
    } catch (e) {
      return this.err(`${n1}: ${errText(e)}`);
    }
    const s0: Side = { name: n0, data: d0, st: st0 };
    const s1: Side = { name: n1, data: d1, st: st1 };
    const status = await diffFiles(this.ctx, o, s0, s1, !top);
    if (status === 0) return this.identical(n0, n1);
    return status;
  }

  private async identical(n0: string, n1: string): Promise<number> {
    if (this.o.reportIdentical) await this.ctx.stdout.write(`Files ${this.o.labels[0] ?? n0} and ${this.o.labels[1] ?? n1} are identical\n`);
    return 0;
  }

  private list(dir: string, st: Stat | null): string[] {
    if (!st) return [];
    return this.ctx.fs.readdir(dir).filter((n) => n !== '.' && n !== '..' && !this.o.exclude.some((p) => globMatch(p, n)));
  }

  private async dirs(n0: string, n1: string, st0: Stat | null, st1: Stat | null, top: boolean): Promise<number> {
    let names0: string[];
    let names1: string[];
    try {
      names0 = this.list(n0, st0);
    } catch (e) {
      return this.err(`${n0}: ${errText(e)}`);
    }
    try {
      names1 = this.list(n1, st1);
    } catch (e) {
      return this.err(`${n1}: ${errText(e)}`);
    }
    const all = [...new Set([...names0, ...names1])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    const set0 = new Set(names0);
    const set1 = new Set(names1);
    let status = 0;
    for (const name of all) {
      if (top && this.o.startingFile !== null && name < this.o.startingFile) continue;
      await this.ctx.tick(1);
      const c0 = join(n0, name);
      const c1 = join(n1, name);
      let r: number;
      if (!set1.has(name) && !this.o.newFile) {
        await this.ctx.stdout.write(`Only in ${n0}: ${name}\n`);
        r = 1;
      } else if (!set0.has(name) && !(this.o.newFile || this.o.unidirectionalNew)) {
        await this.ctx.stdout.write(`Only in ${n1}: ${name}\n`);
        r = 1;
      } else r = await this.compare(c0, c1, set0.has(name) ? probe(this.ctx, c0) : null, set1.has(name) ? probe(this.ctx, c1) : null, false);
      status = Math.max(status, r);
    }
    return status;
  }
}

/** fnmatch(3) without flags, for -x patterns against entry names. */
function globMatch(pat: string, name: string): boolean {
  let re = '';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pat.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let set = pat.slice(i + 1, end);
        if (set.startsWith('!')) set = `^${set.slice(1)}`;
        re += `[${set.replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < pat.length) re += `\\${pat[++i]}`;
    else re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's').test(name);
}

async function usage(ctx: AppletContext, msg: string | null): Promise<number> {
  if (ctx.flavor === 'busybox') {
    if (msg) await ctx.stderr.write(`diff: ${msg}\n`);
    await ctx.stderr.write(BB_DIFF_USAGE);
    return 1;
  }
  if (msg) await ctx.stderr.write(`diff: ${msg}\n`);
  await ctx.stderr.write(`diff: Try 'diff --help' for more information.\n`);
  return 2;
}

/** diff(1): GNU diffutils 3.8, or busybox's unified-only diff. */
const diff: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    let o: DiffOptions;
    try {
      o = parseDiffArgs(ctx.argv.slice(1), bb);
    } catch (e) {
      if (e instanceof DiffUsage && e.fatal) {
        await ctx.stderr.write(`diff: ${e.msg}\n`);
        return 2;
      }
      if (e instanceof DiffUsage) return usage(ctx, e.msg);
      throw e;
    }
    if (o.help) {
      await ctx.stdout.write(DIFF_HELP);
      return 0;
    }
    if (o.version) {
      await ctx.stdout.write(DIFF_VERSION);
      return 0;
    }
    const ops = o.operands;
    const differ = new Differ(ctx, o);
    if (o.fromFile !== null || o.toFile !== null) {
      let status = 0;
      for (const op of ops) {
        const [n0, n1] = o.fromFile !== null ? [o.fromFile, op] : [op, o.toFile!];
        status = Math.max(status, await differ.compare(n0, n1, probe(ctx, n0), probe(ctx, n1), true));
      }
      return status;
    }
    if (ops.length < 2) {
      if (bb) return usage(ctx, null);
      return usage(ctx, `missing operand after '${ctx.argv[ctx.argv.length - 1]}'`);
    }
    if (ops.length > 2) return usage(ctx, bb ? null : `extra operand '${ops[2]}'`);
    return differ.compare(ops[0]!, ops[1]!, probe(ctx, ops[0]!), probe(ctx, ops[1]!), true);
  },
};
export default diff;
