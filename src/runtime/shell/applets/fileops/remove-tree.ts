import type { Stat } from '../../../kernel/fs/types.ts';
import { errText, qa } from '../errors.ts';
import type { AppletContext } from '../types.ts';
import { childrenOf, errCode, joinName, lastComponent, stripSlashes } from './paths.ts';
import { ask } from './prompt.ts';

export interface RemoveOptions {
  force: boolean;
  interactive: 'never' | 'once' | 'always';
  recursive: boolean;
  dir: boolean;
  verbose: boolean;
  preserveRoot: boolean;
}

const KIND: Record<string, string> = { file: 'regular file', symlink: 'symbolic link', fifo: 'fifo', chr: 'character special file', blk: 'block special file', sock: 'socket' };

/** coreutils remove.c over the model: fts-like post-order walk with rm's prompts and texts. */
export class Remover {
  /** Set when a declined prompt left something below the directory just visited. */
  private keptBelow = false;

  constructor(
    private readonly ctx: AppletContext,
    private readonly o: RemoveOptions,
  ) {}

  private get bb(): boolean {
    return this.ctx.flavor === 'busybox';
  }

  private async err(msg: string): Promise<false> {
    await this.ctx.stderr.write(`${this.ctx.name}: ${msg}\n`);
    return false;
  }

  private async cannot(name: string, e: unknown): Promise<false> {
    return this.err(this.bb ? `can't remove ${qa(name)}: ${errText(e)}` : `cannot remove ${qa(name)}: ${errText(e)}`);
  }

  async removeTop(name: string): Promise<boolean> {
    const { ctx, o } = this;
    let s: Stat;
    try {
      s = ctx.fs.lstat(name);
    } catch (e) {
      if (o.force && (errCode(e) === 'ENOENT' || errCode(e) === 'ENOTDIR')) return true;
      return this.cannot(name, e);
    }
    const base = lastComponent(name);
    if (this.bb && (base === '.' || base === '..')) return this.err(`can't remove '.' or '..'`);
    if (s.type === 'dir') {
      if (!o.recursive && !(o.dir && this.isEmpty(name))) {
        if (this.bb) return this.err(`${qa(name)} is a directory`);
        return this.err(`cannot remove ${qa(name)}: ${o.dir ? 'Directory not empty' : 'Is a directory'}`);
      }
      if (base === '.' || base === '..') return this.err(`refusing to remove '.' or '..' directory: skipping ${qa(name)}`);
      if (o.preserveRoot && o.recursive && this.isRoot(name)) {
        await this.err(name === '/' ? `it is dangerous to operate recursively on '/'` : `it is dangerous to operate recursively on ${qa(name)} (same as '/')`);
        return this.err('use --no-preserve-root to override this failsafe');
      }
    }
    return this.remove(name, s);
  }

  private isRoot(name: string): boolean {
    try {
      return this.ctx.fs.realpath(name) === '/';
    } catch {
      return false;
    }
  }

  private isEmpty(name: string): boolean {
    try {
      return this.ctx.fs.readdir(name).length === 0;
    } catch {
      return false;
    }
  }

  private async remove(name: string, s: Stat): Promise<boolean> {
    const { ctx, o } = this;
    await ctx.tick();
    if (s.type !== 'dir') {
      if (o.interactive === 'always') {
        const kind = s.type === 'file' && s.size === 0 ? 'regular empty file' : KIND[s.type] ?? 'file';
        if (!(await ask(ctx, `remove ${kind} ${qa(name)}? `))) return true;
      }
      try {
        ctx.fs.unlink(name);
      } catch (e) {
        return this.cannot(name, e);
      }
      if (o.verbose) await ctx.stdout.write(`removed ${qa(name)}\n`);
      return true;
    }
    let names: string[];
    try {
      names = childrenOf(ctx, name);
    } catch (e) {
      return this.cannot(name, e);
    }
    if (o.interactive === 'always' && names.length > 0 && !(await ask(ctx, `descend into directory ${qa(name)}? `))) {
      this.keptBelow = true;
      return true;
    }
    let ok = true;
    let kept = false;
    for (const n of names) {
      this.keptBelow = false;
      const child = joinName(name, n);
      let cs: Stat;
      try {
        cs = ctx.fs.lstat(child);
      } catch (e) {
        ok = (await this.cannot(child, e)) && ok;
        continue;
      }
      ok = (await this.remove(child, cs)) && ok;
      kept ||= this.keptBelow;
    }
    this.keptBelow = kept;
    if (!ok) return false;
    if (kept) return true;
    if (o.interactive === 'always' && !(await ask(ctx, `remove directory ${qa(name)}? `))) {
      // fts asks about an empty directory before visiting it; declining that spares its ancestors.
      this.keptBelow = names.length === 0;
      return true;
    }
    try {
      if (name.endsWith('/') && ctx.fs.lstat(stripSlashes(name)).type === 'symlink') throw Object.assign(new Error(), { notDir: true });
      ctx.fs.rmdir(name);
    } catch (e) {
      // -f treats ENOTDIR like ENOENT (coreutils ignorable_missing): `rm -rf link/` empties quietly.
      if ((e as { notDir?: boolean }).notDir) return this.o.force && !this.bb ? true : this.err(`cannot remove ${qa(name)}: Not a directory`);
      return this.cannot(name, e);
    }
    if (o.verbose) await ctx.stdout.write(this.bb ? `removed directory: ${qa(name)}\n` : `removed directory ${qa(name)}\n`);
    return true;
  }
}
