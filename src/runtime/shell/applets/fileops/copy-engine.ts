import { FsError } from '../../../kernel/fs/errors.ts';
import type { Stat } from '../../../kernel/fs/types.ts';
import { errText, q, qa } from '../errors.ts';
import type { AppletContext } from '../types.ts';
import { type BackupType, backupName } from './backup.ts';
import { copyData } from './copy-data.ts';
import { childrenOf, dirName, errCode, joinName, nodeKey, sameNode, statOrNull } from './paths.ts';
import { ask } from './prompt.ts';

/** What cp/mv/install ask of copy_internal (coreutils copy.c). */
export interface CopyOptions {
  recursive: boolean;
  /** Which source symlinks to follow: all, none, or only command-line ones (-H). */
  deref: 'always' | 'never' | 'cmdline';
  preserveMode: boolean;
  preserveOwner: boolean;
  preserveTimes: boolean;
  preserveLinks: boolean;
  /** -f: remove a destination that cannot be opened and retry. */
  force: boolean;
  interactive: 'ask' | 'never' | 'always';
  update: boolean;
  verbose: boolean;
  hardLink: boolean;
  symLink: boolean;
  backup: BackupType;
  suffix: string;
  /** mv falling back to copying across filesystems: its verbose wording. */
  move: boolean;
  /** install: the mode of created files. */
  forceMode?: number;
  /** install -o/-g */
  owner?: number;
  group?: number;
}

/** State that lives for one cp/mv run. */
export class Copier {
  ok = true;
  /** dev:ino of destinations created in this run (coreutils' dest_info). */
  private readonly created = new Map<string, string>();
  /** Source dev:ino → first destination, for --preserve=links. */
  private readonly linked = new Map<string, string>();
  /** Source name+dev:ino seen on the command line (cp's "specified more than once"). */
  private readonly seen = new Set<string>();
  private readonly createdDirs = new Map<string, string>();
  private top = { src: '', dst: '' };
  intoSelf = false;

  constructor(
    private readonly ctx: AppletContext,
    private readonly o: CopyOptions,
    private readonly targetDirMode = false,
  ) {}

  private async err(msg: string): Promise<false> {
    await this.ctx.stderr.write(`${this.ctx.name}: ${msg}\n`);
    return false;
  }

  /** Copies one command-line operand; false on any error. */
  async copyTop(src: string, dst: string): Promise<boolean> {
    this.top = { src, dst };
    return this.copy(src, dst, true);
  }

  async copy(src: string, dst: string, cmdline: boolean): Promise<boolean> {
    const { ctx, o } = this;
    const follow = o.deref === 'always' || (o.deref === 'cmdline' && cmdline);
    let s: Stat;
    try {
      s = follow ? ctx.fs.stat(src) : ctx.fs.lstat(src);
    } catch (e) {
      return this.err(`cannot stat ${qa(src)}: ${errText(e)}`);
    }
    const isDir = s.type === 'dir';
    if (isDir && !o.recursive) return this.err(`${ctx.name === 'install' ? '' : '-r not specified; '}omitting directory ${qa(src)}`);
    if (cmdline && this.targetDirMode && !o.move) {
      const key = `${src}\0${nodeKey(s)}`;
      if (!isDir && o.backup === 'none' && this.seen.has(key)) {
        await ctx.stderr.write(`${ctx.name}: warning: source file ${qa(src)} specified more than once\n`);
        return true;
      }
      this.seen.add(key);
    }
    if (isDir && this.createdDirs.get(nodeKey(s)) === src) {
      this.intoSelf = true;
      return this.err(`cannot copy a directory, ${qa(this.top.src)}, into itself, ${qa(this.top.dst)}`);
    }
    const asRegular = !o.recursive && s.type !== 'symlink' && s.type !== 'dir';
    const useLstat = (s.type !== 'file' && !asRegular) || o.move || o.symLink || o.hardLink || o.backup !== 'none';
    let d: Stat | null;
    try {
      d = statOrNull(ctx, dst, !useLstat);
      if (d === null && dst.endsWith('/') && !isDir) throw new FsError('ENOTDIR');
    } catch (e) {
      if (errCode(e) === 'ENOTDIR' && !isDir && statOrNull(ctx, dirName(dst), true)?.type === 'dir' && !ctx.fs.exists(dst.replace(/\/+$/, ''))) {
        return this.err(`cannot create regular file ${qa(dst)}: Not a directory`);
      }
      return this.err(`cannot stat ${qa(dst)}: ${errText(e)}`);
    }
    let backup: string | undefined;
    if (d) {
      // -n skips an existing non-directory before any same-file diagnosis (coreutils 9.1).
      if (o.interactive === 'never' && d.type !== 'dir' && !isDir) return true;
      if (sameNode(s, d) && !(o.backup !== 'none' && o.force && s.type === 'file')) {
        if (!(o.symLink && s.type !== 'symlink' && d.type === 'symlink')) return this.err(`${qa(src)} and ${qa(dst)} are the same file`);
      }
      if (d.type !== 'dir') {
        if (this.created.has(nodeKey(d))) return this.err(`will not overwrite just-created ${qa(dst)} with ${qa(src)}`);
        if (o.update && !isDir && d.mtime >= s.mtime) return true;
        if (o.interactive === 'never') return true;
        if (o.interactive === 'ask' && !isDir && !(await ask(ctx, `overwrite ${qa(dst)}? `))) return true;
        if (isDir) return this.err(`cannot overwrite non-directory ${qa(dst)} with directory ${qa(src)}`);
      } else if (!isDir) return this.err(`cannot overwrite directory ${qa(dst)} with non-directory`);
      if (o.backup !== 'none' && d.type !== 'dir') {
        backup = backupName(ctx, dst, o.backup, o.suffix);
        try {
          ctx.fs.rename(dst, backup);
        } catch (e) {
          return this.err(`cannot backup ${qa(dst)}: ${errText(e)}`);
        }
        d = null;
      }
    }
    const note = backup ? ` (backup: ${qa(backup)})` : '';
    if (isDir) return this.copyDir(src, dst, s, d, note);
    if (o.verbose) await ctx.stdout.write(`${o.move ? 'copied ' : ''}${qa(src)} -> ${qa(dst)}${note}\n`);
    const ok = await this.copyNonDir(src, dst, s, d);
    if (ok) this.remember(dst);
    return ok;
  }

  private remember(dst: string): void {
    try {
      this.created.set(nodeKey(this.ctx.fs.lstat(dst)), dst);
    } catch {
      // vanished: nothing to protect
    }
  }

  private async copyDir(src: string, dst: string, s: Stat, d: Stat | null, note: string): Promise<boolean> {
    const { ctx, o } = this;
    if (!d) {
      try {
        ctx.fs.mkdir(dst, (s.mode & 0o777) | 0o700);
      } catch (e) {
        return this.err(`cannot create directory ${qa(dst)}: ${errText(e)}`);
      }
      if (o.verbose) await ctx.stdout.write(o.move ? `created directory ${qa(dst)}\n` : `${qa(src)} -> ${qa(dst)}${note}\n`);
      this.createdDirs.set(nodeKey(ctx.fs.lstat(dst)), dst);
    }
    let names: string[];
    try {
      names = childrenOf(ctx, src);
    } catch (e) {
      return this.err(`cannot access ${qa(src)}: ${errText(e)}`);
    }
    let ok = true;
    for (const n of names) {
      await ctx.tick();
      ok = (await this.copy(joinName(src, n), joinName(dst, n), false)) && ok;
    }
    this.applyAttrs(dst, s, !d, false);
    return ok;
  }

  private async copyNonDir(src: string, dst: string, s: Stat, d: Stat | null): Promise<boolean> {
    const { ctx, o } = this;
    if (o.hardLink || (o.preserveLinks && s.nlink > 1 && this.linked.has(nodeKey(s)))) {
      const target = o.hardLink ? src : this.linked.get(nodeKey(s))!;
      try {
        if (d) ctx.fs.unlink(dst);
        ctx.fs.link(target, dst);
        return true;
      } catch (e) {
        return this.err(`cannot create hard link ${qa(dst)} to ${qa(target)}: ${errText(e)}`);
      }
    }
    if (o.preserveLinks && s.nlink > 1) this.linked.set(nodeKey(s), dst);
    if (o.symLink) {
      if (!src.startsWith('/') && dirName(dst) !== '.') {
        const here = ctx.fs.stat('.');
        const parent = statOrNull(ctx, dirName(dst), true);
        if (!parent || !sameNode(here, parent)) return this.err(`${q(dst)}: can make relative symbolic links only in current directory`);
      }
      try {
        if (d) ctx.fs.unlink(dst);
        ctx.fs.symlink(src, dst);
        return true;
      } catch (e) {
        return this.err(`cannot create symbolic link ${qa(dst)} to ${qa(src)}: ${errText(e)}`);
      }
    }
    const special = s.type === 'symlink' || (this.o.recursive && s.type !== 'file');
    if (special) {
      try {
        if (d) ctx.fs.unlink(dst);
        if (s.type === 'symlink') ctx.fs.symlink(ctx.fs.readlink(src), dst);
        else if (s.type === 'chr' || s.type === 'blk' || s.type === 'fifo') ctx.fs.mknod(dst, s.type, s.mode & 0o777, s.rdev);
        else return this.err(`cannot create special file ${qa(dst)}: Operation not supported`);
      } catch (e) {
        const what = s.type === 'symlink' ? 'symbolic link' : s.type === 'fifo' ? 'fifo' : 'special file';
        return this.err(`cannot create ${what} ${qa(dst)}${s.type === 'symlink' ? ` to ${qa(ctx.fs.readlink(src))}` : ''}: ${errText(e)}`);
      }
      this.applyAttrs(dst, s, true, s.type === 'symlink');
      return true;
    }
    const r = await copyData(ctx, src, dst, s, d, o.force, o.forceMode);
    if (r) return this.err(r);
    this.applyAttrs(dst, s, !d, false);
    return true;
  }

  /** --preserve effects; install's -m/-o/-g. Failures to keep ownership are silent, as in cp. */
  private applyAttrs(dst: string, s: Stat, created: boolean, isLink: boolean): void {
    const { ctx, o } = this;
    try {
      if (o.preserveOwner || o.owner !== undefined || o.group !== undefined) {
        const uid = o.owner ?? (o.preserveOwner ? s.uid : -1);
        const gid = o.group ?? (o.preserveOwner ? s.gid : -1);
        if (ctx.proc.creds.uid === 0) ctx.fs.chown(dst, uid, gid, !isLink);
      }
      if (!isLink) {
        if (o.forceMode !== undefined) ctx.fs.chmod(dst, o.forceMode);
        else if (o.preserveMode) ctx.fs.chmod(dst, s.mode);
        else if (created && s.type === 'dir') ctx.fs.chmod(dst, s.mode & 0o777 & ~ctx.proc.umask);
      }
      if (o.preserveTimes) ctx.fs.utimes(dst, s.atime, s.mtime, !isLink);
    } catch {
      // e.g. a read-only destination already reported
    }
  }
}
