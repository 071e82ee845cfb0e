import type { Stat } from '../../../kernel/fs/types.ts';
import { errText, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { ArgmatchError, type BackupType, backupName, backupSuffix, backupType } from './backup.ts';
import { Copier } from './copy-engine.ts';
import { errCode, lastComponent, sameNode, statOrNull, stripSlashes } from './paths.ts';
import { ask } from './prompt.ts';
import { Remover } from './remove-tree.ts';
import { resolveTargets, TargetFailure, targetPairs } from './targets.ts';

interface MvOptions {
  interactive: 'ask' | 'never' | 'always';
  update: boolean;
  verbose: boolean;
  backup: BackupType;
  suffix: string;
}

/** mv [-bfinTuv] [-S SUF] [-t DIR] SOURCE... DEST: rename, or copy and remove across filesystems. */
const mv: Applet = {
  async run(ctx) {
    let p;
    const o: MvOptions = { interactive: 'always', update: false, verbose: false, backup: 'none', suffix: '~' };
    let target: string | undefined;
    let noTarget = false;
    let strip = false;
    try {
      p = getopt(ctx.argv.slice(1), {
        short: 'bfint:uvS:TZ',
        long: {
          backup: { arg: 'optional' }, force: { key: 'f' }, interactive: { key: 'i' }, 'no-clobber': { key: 'n' },
          'no-target-directory': { key: 'T' }, 'strip-trailing-slashes': {}, suffix: { key: 'S', arg: 'required' },
          'target-directory': { key: 't', arg: 'required' }, update: { key: 'u' }, verbose: { key: 'v' }, context: { key: 'Z' },
        },
      });
      let backup = false;
      let control: string | undefined;
      let suffix: string | undefined;
      for (const [k, v] of p.list) {
        if (k === 'b') backup = true;
        else if (k === 'backup') (backup = true), (control = v);
        else if (k === 'f') o.interactive = 'always';
        else if (k === 'i') o.interactive = 'ask';
        else if (k === 'n') o.interactive = 'never';
        else if (k === 'u') o.update = true;
        else if (k === 'v') o.verbose = true;
        else if (k === 'S') (backup = true), (suffix = v);
        else if (k === 't') target = v;
        else if (k === 'T') noTarget = true;
        else if (k === 'strip-trailing-slashes') strip = true;
      }
      if (backup) o.backup = backupType(ctx, control);
      o.suffix = backupSuffix(ctx, suffix);
    } catch (e) {
      if (e instanceof ArgmatchError) return usageError(ctx, new OptError(e.message));
      return usageError(ctx, e);
    }
    if (o.backup !== 'none' && o.interactive === 'never') return usageError(ctx, new OptError('options --backup and --no-clobber are mutually exclusive'));
    const operands = strip ? p.operands.map(stripSlashes) : p.operands;
    const t = await resolveTargets(ctx, operands, target, noTarget);
    if (t instanceof TargetFailure) return t.status;
    let ok = true;
    for (const [src, dst] of targetPairs(t)) ok = (await move(ctx, o, src, dst)) && ok;
    return ok ? 0 : 1;
  },
};
export default mv;

async function err(ctx: AppletContext, msg: string): Promise<false> {
  await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
  return false;
}

async function move(ctx: AppletContext, o: MvOptions, src: string, dst: string): Promise<boolean> {
  let s: Stat;
  try {
    s = ctx.fs.lstat(src);
  } catch (e) {
    return err(ctx, `cannot stat ${qa(src)}: ${errText(e)}`);
  }
  let d: Stat | null = null;
  try {
    d = statOrNull(ctx, dst, false);
  } catch (e) {
    // `mv a file/`: an existing non-directory named with a slash cannot be stat'ed.
    if (errCode(e) === 'ENOTDIR' && dst.endsWith('/') && statOrNull(ctx, stripSlashes(dst), false)) return err(ctx, `cannot stat ${qa(dst)}: ${errText(e)}`);
    d = null;
  }
  const isDir = s.type === 'dir';
  let backup: string | undefined;
  if (d) {
    if (sameNode(s, d)) return err(ctx, `${qa(src)} and ${qa(dst)} are the same file`);
    if (o.update && !isDir && d.mtime >= s.mtime) return true;
    if (o.interactive === 'never') return true;
    if (o.interactive === 'ask' && !(await ask(ctx, `overwrite ${qa(dst)}? `))) return true;
    if (isDir && d.type !== 'dir') return err(ctx, `cannot overwrite non-directory ${qa(dst)} with directory ${qa(src)}`);
    if (!isDir && d.type === 'dir') return err(ctx, `cannot overwrite directory ${qa(dst)} with non-directory`);
    if (o.backup !== 'none') {
      backup = backupName(ctx, dst, o.backup, o.suffix);
      try {
        ctx.fs.rename(dst, backup);
      } catch (e) {
        return err(ctx, `cannot backup ${qa(dst)}: ${errText(e)}`);
      }
    }
  }
  const base = lastComponent(src);
  try {
    if (base === '.' || base === '..') throw Object.assign(new Error(), { code: 'EBUSY' });
    if (!isDir && dst.endsWith('/') && !d) throw Object.assign(new Error(), { code: 'ENOTDIR' });
    ctx.fs.rename(src, dst);
  } catch (e) {
    const code = errCode(e) ?? (e as { code?: string }).code;
    if (code === 'EXDEV') return crossDevice(ctx, o, src, dst, d, backup);
    if (code === 'EINVAL') return err(ctx, `cannot move ${qa(src)} to a subdirectory of itself, ${qa(dst)}`);
    const text = code === 'EBUSY' ? 'Device or resource busy' : code === 'ENOTDIR' ? 'Not a directory' : errText(e);
    return err(ctx, `cannot move ${qa(src)} to ${qa(dst)}: ${text}`);
  }
  if (o.verbose) await ctx.stdout.write(`renamed ${qa(src)} -> ${qa(dst)}${backup ? ` (backup: ${qa(backup)})` : ''}\n`);
  return true;
}

/** EXDEV: copy with everything preserved, then remove the source (verbose says so). */
async function crossDevice(ctx: AppletContext, o: MvOptions, src: string, dst: string, d: Stat | null, backup: string | undefined): Promise<boolean> {
  if (d && !backup && d.type !== 'dir') {
    try {
      ctx.fs.unlink(dst);
    } catch (e) {
      return err(ctx, `inter-device move failed: ${qa(src)} to ${qa(dst)}; unable to remove target: ${errText(e)}`);
    }
  }
  const copier = new Copier(ctx, {
    recursive: true, deref: 'never', preserveMode: true, preserveOwner: true, preserveTimes: true, preserveLinks: true,
    force: false, interactive: 'always', update: false, verbose: o.verbose, hardLink: false, symLink: false,
    backup: 'none', suffix: '~', move: true,
  });
  if (!(await copier.copyTop(src, dst))) return false;
  const remover = new Remover(ctx, { force: true, interactive: 'never', recursive: true, dir: false, verbose: o.verbose, preserveRoot: false });
  return remover.removeTop(src);
}
