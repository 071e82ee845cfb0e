import type { Stat } from '../../../kernel/fs/types.ts';
import { errText, q, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { ArgmatchError, type BackupType, backupName, backupSuffix, backupType } from './backup.ts';
import { dirName, errCode, lastComponent, sameNode, statOrNull } from './paths.ts';
import { ask } from './prompt.ts';
import { relativeTo, canonicalMissing } from './relpath.ts';
import { resolveTargets, TargetFailure, targetPairs } from './targets.ts';

interface LnOptions {
  symbolic: boolean;
  force: boolean;
  interactive: boolean;
  noDeref: boolean;
  relative: boolean;
  logical: boolean;
  verbose: boolean;
  backup: BackupType;
  suffix: string;
}

/** ln [-bfinrsLPTv] [-S SUF] [-t DIR] TARGET... LINK */
const ln: Applet = {
  async run(ctx) {
    let p;
    const o: LnOptions = { symbolic: false, force: false, interactive: false, noDeref: false, relative: false, logical: false, verbose: false, backup: 'none', suffix: '~' };
    let target: string | undefined;
    let noTarget = false;
    try {
      p = getopt(ctx.argv.slice(1), {
        short: 'bdfinrsLPS:t:TvF',
        long: {
          backup: { arg: 'optional' }, directory: { key: 'd' }, force: { key: 'f' }, interactive: { key: 'i' },
          logical: { key: 'L' }, 'no-dereference': { key: 'n' }, 'no-target-directory': { key: 'T' }, physical: { key: 'P' },
          relative: { key: 'r' }, suffix: { key: 'S', arg: 'required' }, symbolic: { key: 's' },
          'target-directory': { key: 't', arg: 'required' }, verbose: { key: 'v' },
        },
      });
      let backup = false;
      let control: string | undefined;
      let suffix: string | undefined;
      for (const [k, v] of p.list) {
        if (k === 'b') backup = true;
        else if (k === 'backup') (backup = true), (control = v);
        else if (k === 'f') (o.force = true), (o.interactive = false);
        else if (k === 'i') (o.interactive = true), (o.force = false);
        else if (k === 'n') o.noDeref = true;
        else if (k === 'r') o.relative = true;
        else if (k === 's') o.symbolic = true;
        else if (k === 'L') o.logical = true;
        else if (k === 'P') o.logical = false;
        else if (k === 'S') (backup = true), (suffix = v);
        else if (k === 't') target = v;
        else if (k === 'T') noTarget = true;
        else if (k === 'v') o.verbose = true;
      }
      if (backup) o.backup = backupType(ctx, control);
      o.suffix = backupSuffix(ctx, suffix);
    } catch (e) {
      if (e instanceof ArgmatchError) return usageError(ctx, new OptError(e.message));
      return usageError(ctx, e);
    }
    if (o.relative && !o.symbolic) {
      await ctx.stderr.write(`${ctx.name}: cannot do --relative without --symbolic\n`);
      return 1;
    }
    const t = await resolveTargets(ctx, p.operands, target, noTarget, { allowSingle: true, noDeref: o.noDeref, ln: true });
    if (t instanceof TargetFailure) return t.status;
    let ok = true;
    for (const [src, dst] of targetPairs(t)) ok = (await link(ctx, o, src, dst)) && ok;
    return ok ? 0 : 1;
  },
};
export default ln;

async function err(ctx: AppletContext, msg: string): Promise<false> {
  await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
  return false;
}

async function link(ctx: AppletContext, o: LnOptions, src: string, dst: string): Promise<boolean> {
  let srcStat: Stat | null = null;
  if (!o.symbolic) {
    try {
      srcStat = o.logical ? ctx.fs.stat(src) : ctx.fs.lstat(src);
    } catch (e) {
      return err(ctx, `failed to access ${qa(src)}: ${errText(e)}`);
    }
    if (srcStat.type === 'dir') return err(ctx, `${q(src)}: hard link not allowed for directory`);
  }
  let d: Stat | null;
  try {
    d = statOrNull(ctx, dst, false);
  } catch {
    d = null;
  }
  let backup: string | undefined;
  if (d) {
    // GNU's rule: refuse only when removing DST would also remove SRC (one link, or the same
    // name in the same directory); `ln -sb k k` may build a self-referential link.
    if ((o.force || (!o.symbolic && o.backup !== 'none')) && (o.backup === 'none' || !o.symbolic)) {
      const s = o.symbolic ? safeStat(ctx, src) : srcStat;
      const dl = ctx.fs.lstat(dst);
      if (s && sameNode(s, dl) && (s.nlink === 1 || sameName(ctx, src, dst))) {
        return err(ctx, `${qa(src)} and ${qa(dst)} are the same file`);
      }
    }
    if (o.interactive && !(await ask(ctx, `replace ${qa(dst)}? `))) return true;
    if (d.type === 'dir' && (o.force || o.backup !== 'none')) return err(ctx, `${qa(dst)}: cannot overwrite directory`);
    if (o.backup !== 'none') {
      backup = backupName(ctx, dst, o.backup, o.suffix);
      try {
        ctx.fs.rename(dst, backup);
      } catch (e) {
        return err(ctx, `cannot backup ${qa(dst)}: ${errText(e)}`);
      }
    } else if (o.force || o.interactive) {
      try {
        ctx.fs.unlink(dst);
      } catch (e) {
        return err(ctx, `cannot remove ${qa(dst)}: ${errText(e)}`);
      }
    }
  }
  const target = o.relative ? relativeTo(canonicalMissing(ctx, src), canonicalMissing(ctx, dirName(dst))) : src;
  try {
    if (o.symbolic) ctx.fs.symlink(target, dst);
    else ctx.fs.link(o.logical ? ctx.fs.realpath(src) : src, dst);
  } catch (e) {
    const c = errCode(e);
    if (o.symbolic) return err(ctx, `failed to create symbolic link ${qa(dst)}${src === '' ? ` -> ''` : ''}: ${errText(e)}`);
    if (c === 'EEXIST' || c === 'EROFS' || c === 'ENOSPC') return err(ctx, `failed to create hard link ${qa(dst)}: ${errText(e)}`);
    return err(ctx, `failed to create hard link ${qa(dst)} => ${qa(src)}: ${errText(e)}`);
  }
  if (o.verbose) await ctx.stdout.write(`${backup ? `${qa(backup)} ~ ` : ''}${qa(dst)} ${o.symbolic ? '->' : '=>'} ${qa(target)}\n`);
  return true;
}

function safeStat(ctx: AppletContext, p: string): Stat | null {
  try {
    return statOrNull(ctx, p, true);
  } catch {
    return null;
  }
}

/** Same last component in the same directory (coreutils same_name). */
function sameName(ctx: AppletContext, a: string, b: string): boolean {
  if (lastComponent(a) !== lastComponent(b)) return false;
  const da = safeStat(ctx, dirName(a));
  const db = safeStat(ctx, dirName(b));
  return !!da && !!db && sameNode(da, db);
}
