import { FsError } from '../../../kernel/fs/errors.ts';
import { errText, fail } from '../errors.ts';
import type { Applet, AppletContext } from '../types.ts';
import { duBusybox } from './du-busybox.ts';
import { type DuOptions, parseDu } from './du-options.ts';
import { fnmatch } from './fnmatch.ts';
import { humanReadable } from './human.ts';
import { quoteaf } from './quote.ts';
import { joinName, type PathStat, statPath } from './stat-path.ts';
import { strftime } from './time-format.ts';

interface Sum {
  size: number;
  inodes: number;
  tmax: number;
}

/**
 * du: disk usage per directory, post-order like fts. Sizes are st_blocks*512 (block-usage.ts)
 * or st_size with --apparent-size; a (dev,ino) seen before is skipped: non-directories with
 * several links always, everything when there are several operands or -L.
 */
const du: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return duBusybox(ctx);
    const o = await parseDu(ctx);
    if (typeof o === 'number') return o;
    const w = new Walker(ctx, o);
    for (const f of o.files) await w.root(f);
    if (o.total) await w.print(w.total, 'total');
    return w.status;
  },
};
export default du;

class Walker {
  status = 0;
  total: Sum = { size: 0, inodes: 0, tmax: -Infinity };
  private readonly seen = new Set<string>();
  private readonly hashAll: boolean;
  private rootDev = 0;

  constructor(
    private readonly ctx: AppletContext,
    private readonly o: DuOptions,
  ) {
    this.hashAll = o.files.length > 1 || o.deref === 'all';
  }

  async root(name: string): Promise<void> {
    if (name === '') {
      await fail(this.ctx, 'invalid zero-length file name');
      this.status = 1;
      return;
    }
    // fts keeps one of several trailing slashes
    let path = name;
    if (path.length > 2 && path.endsWith('/')) while (path.length > 1 && path[path.length - 2] === '/') path = path.slice(0, -1);
    await this.visit(path, 0);
  }

  private async fail(msg: string, e: unknown): Promise<void> {
    await fail(this.ctx, `${msg}: ${errText(e)}`);
    this.status = 1;
  }

  private excluded(path: string): boolean {
    if (this.o.excludes.length === 0) return false;
    for (const pat of this.o.excludes) {
      if (fnmatch(pat, path)) return true;
      for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) if (fnmatch(pat, path.slice(i + 1))) return true;
    }
    return false;
  }

  /** Returns the entry's whole size (null when skipped), printing per the options. */
  private async visit(path: string, level: number): Promise<{ sum: Sum; dir: boolean } | null> {
    await this.ctx.tick();
    const follow = this.o.deref === 'all' || (level === 0 && this.o.deref === 'args');
    let ps: PathStat;
    try {
      ps = statPath(this.ctx.fs, path, follow);
    } catch (e) {
      // fts reports a dangling link it was told to follow (FTS_SLNONE) with errno 0
      if (follow && e instanceof FsError && e.code === 'ENOENT' && this.dangling(path)) {
        await fail(this.ctx, `cannot access ${quoteaf(path)}`);
        this.status = 1;
      } else await this.fail(`cannot access ${quoteaf(path)}`, e);
      return null;
    }
    const st = ps.st;
    if (level === 0) this.rootDev = st.dev;
    const isDir = st.type === 'dir';
    let excluded = this.excluded(path);
    if (!excluded && this.o.oneFs && level > 0 && st.dev !== this.rootDev) excluded = true;
    if (excluded) return null;
    if (!this.o.countLinks && (this.hashAll || (!isDir && st.nlink > 1))) {
      const key = `${st.dev}:${st.ino}`;
      if (this.seen.has(key)) return null;
      this.seen.add(key);
    }
    const own: Sum = {
      size: this.o.apparent ? Math.max(0, st.size) : ps.blocks * 512,
      inodes: 1,
      tmax: this.o.time === 'atime' ? st.atime : this.o.time === 'ctime' ? st.ctime : st.mtime,
    };
    const whole = { ...own };
    const shown = { ...own };
    if (isDir) {
      let names: string[] = [];
      try {
        names = this.ctx.fs.readdir(path);
      } catch (e) {
        await this.fail(`cannot read directory ${quoteaf(path)}`, e);
      }
      for (const n of names) {
        const r = await this.visit(joinName(path, n), level + 1);
        if (!r) continue;
        add(whole, r.sum);
        if (!this.o.separate || !r.dir) add(shown, r.sum);
      }
    }
    if (level === 0) add(this.total, whole);
    if ((isDir || this.o.all) && level <= this.o.maxDepth || level === 0) {
      const v = this.o.inodes ? shown.inodes : shown.size;
      if (this.o.threshold < 0 ? v <= -this.o.threshold : v >= this.o.threshold) await this.print(shown, path);
    }
    return { sum: whole, dir: isDir };
  }

  private dangling(path: string): boolean {
    try {
      return this.ctx.fs.lstat(path).type === 'symlink';
    } catch {
      return false;
    }
  }

  async print(s: Sum, name: string): Promise<void> {
    const n = this.o.inodes ? s.inodes : s.size;
    let line = humanReadable(n, this.o.human, 1, this.o.blockSize);
    if (this.o.time) line += `\t${strftime(this.o.timeFormat, s.tmax)}`;
    await this.ctx.stdout.write(`${line}\t${name}${this.o.nul ? '\0' : '\n'}`);
  }
}

function add(a: Sum, b: Sum): void {
  a.size += b.size;
  a.inodes += b.inodes;
  a.tmax = Math.max(a.tmax, b.tmax);
}
