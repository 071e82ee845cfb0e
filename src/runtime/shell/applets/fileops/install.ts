import { errText, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { ArgmatchError, backupSuffix, backupType } from './backup.ts';
import { Copier } from './copy-engine.ts';
import { loadIds, parseGroup, parseUser } from './ids.ts';
import { modeFromString } from './modes.ts';
import { dirName } from './paths.ts';
import { resolveTargets, TargetFailure, targetPairs } from './targets.ts';

/** install [-bCcDdpsTv] [-m MODE] [-o OWNER] [-g GROUP] [-t DIR] SOURCE... DEST, or -d DIR... */
const install: Applet = {
  async run(ctx) {
    let p;
    try {
      p = getopt(ctx.argv.slice(1), {
        short: 'bcCsDdg:m:o:pt:TvS:Z',
        long: {
          backup: { arg: 'optional' }, compare: { key: 'C' }, directory: { key: 'd' }, group: { key: 'g', arg: 'required' },
          mode: { key: 'm', arg: 'required' }, owner: { key: 'o', arg: 'required' }, 'preserve-timestamps': { key: 'p' },
          strip: { key: 's' }, 'strip-program': { arg: 'required' }, suffix: { key: 'S', arg: 'required' },
          'target-directory': { key: 't', arg: 'required' }, 'no-target-directory': { key: 'T' }, verbose: { key: 'v' },
          'preserve-context': {}, context: { key: 'Z', arg: 'optional' },
        },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    const v = (k: string) => p.list.filter(([x]) => x === k).pop()?.[1];
    const has = (k: string) => p.list.some(([x]) => x === k);
    let mode = 0o755;
    if (v('m') !== undefined) {
      const m = modeFromString(v('m')!, false, 0);
      if (m === null) return fail(ctx, `invalid mode ${qa(v('m')!)}`);
      mode = m;
    }
    const db = loadIds(ctx);
    const owner = v('o') !== undefined ? parseUser(db, v('o')!) : undefined;
    if (v('o') !== undefined && owner === undefined) return fail(ctx, `invalid user ${qa(v('o')!)}`);
    const group = v('g') !== undefined ? parseGroup(db, v('g')!) : undefined;
    if (v('g') !== undefined && group === undefined) return fail(ctx, `invalid group ${qa(v('g')!)}`);
    const verbose = has('v');
    if (has('d')) {
      if (p.operands.length === 0) return usageError(ctx, new OptError('missing operand'));
      let ok = true;
      for (const d of p.operands) {
        ok = (await makeDirs(ctx, d, verbose)) && ok;
        try {
          ctx.fs.chmod(d, mode);
          if (owner !== undefined || group !== undefined) ctx.fs.chown(d, owner ?? -1, group ?? -1);
        } catch {
          // reported by makeDirs already
        }
      }
      return ok ? 0 : 1;
    }
    let backup;
    try {
      const wantBackup = has('b') || has('backup') || has('S');
      backup = wantBackup ? backupType(ctx, p.list.filter(([k]) => k === 'backup').pop()?.[1]) : 'none';
    } catch (e) {
      if (e instanceof ArgmatchError) return usageError(ctx, new OptError(e.message));
      throw e;
    }
    const t = await resolveTargets(ctx, p.operands, v('t'), has('T'), { install: true });
    if (t instanceof TargetFailure) return t.status;
    const copier = new Copier(ctx, {
      recursive: false, deref: 'always', preserveMode: false, preserveOwner: false, preserveTimes: has('p'), preserveLinks: false,
      force: true, interactive: 'always', update: false, verbose, hardLink: false, symLink: false,
      backup: backup as 'none', suffix: backupSuffix(ctx, v('S')), move: false, forceMode: mode, owner, group,
    });
    const pairs = targetPairs(t);
    let ok = true;
    for (const [src, dst] of pairs) {
      if (has('D') && !(await makeDirs(ctx, dirName(dst), verbose))) {
        ok = false;
        continue;
      }
      const replace = backup === 'none' ? await replaceable(ctx, src, dst, has('C'), mode, verbose) : 'copy';
      if (replace === 'copy') ok = (await copier.copyTop(src, dst)) && ok;
    }
    return ok ? 0 : 1;
  },
};
export default install;

async function fail(ctx: AppletContext, msg: string): Promise<number> {
  await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
  return 1;
}

/** mkdir -p with install's verbose wording; intermediate directories get 0755. */
async function makeDirs(ctx: AppletContext, dir: string, verbose: boolean): Promise<boolean> {
  const comps = dir.split('/').filter((c) => c !== '' && c !== '.');
  let prefix = dir.startsWith('/') ? '' : '.';
  for (const c of comps) {
    prefix = prefix === '.' ? c : `${prefix}/${c}`;
    try {
      if (ctx.fs.stat(prefix).type === 'dir') continue;
      return fail(ctx, `cannot create directory ${qa(prefix)}: File exists`).then(() => false);
    } catch {
      // missing: create below
    }
    try {
      ctx.fs.mkdir(prefix, 0o755);
      ctx.fs.chmod(prefix, 0o755);
    } catch (e) {
      return fail(ctx, `cannot create directory ${qa(prefix)}: ${errText(e)}`).then(() => false);
    }
    if (verbose) await ctx.stdout.write(`${ctx.name}: creating directory ${qa(prefix)}\n`);
  }
  return true;
}

/**
 * install unlinks an existing destination first (reported as `removed` under -v); with -C an
 * identical file with the wanted mode is left alone.
 */
async function replaceable(ctx: AppletContext, src: string, dst: string, compare: boolean, mode: number, verbose: boolean): Promise<'copy' | 'skip'> {
  let d;
  try {
    d = ctx.fs.lstat(dst);
  } catch {
    return 'copy';
  }
  if (d.type === 'dir') return 'copy';
  try {
    if (compare && d.type === 'file' && (d.mode & 0o7777) === mode && ctx.fs.readFile(src) === ctx.fs.readFile(dst)) return 'skip';
  } catch {
    return 'copy';
  }
  try {
    if (ctx.fs.stat(src).ino === d.ino) return 'copy';
    ctx.fs.unlink(dst);
  } catch {
    return 'copy';
  }
  if (verbose) await ctx.stdout.write(`removed ${qa(dst)}\n`);
  return 'copy';
}
