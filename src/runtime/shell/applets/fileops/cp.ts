import { errText, qa, usageError } from '../errors.ts';
import { getopt, OptError, type ParsedOpts } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { ArgmatchError, argmatch, backupSuffix, backupType } from './backup.ts';
import { Copier, type CopyOptions } from './copy-engine.ts';
import { joinName, lastComponent, stripSlashes } from './paths.ts';
import { resolveTargets, TargetFailure } from './targets.ts';

const PRESERVE: [string, string][] = [
  ['mode', 'mode'], ['timestamps', 'timestamps'], ['ownership', 'ownership'], ['links', 'links'],
  ['context', 'context'], ['xattr', 'xattr'], ['all', 'all'],
];

const SPEC = {
  short: 'abdfHilLnprst:uvxPRS:TZ',
  long: {
    archive: { key: 'a' }, 'attributes-only': {}, backup: { arg: 'optional' as const }, 'copy-contents': {},
    dereference: { key: 'L' }, force: { key: 'f' }, interactive: { key: 'i' }, link: { key: 'l' },
    'no-clobber': { key: 'n' }, 'no-dereference': { key: 'P' }, 'no-preserve': { arg: 'required' as const },
    'no-target-directory': { key: 'T' }, 'one-file-system': { key: 'x' }, parents: {}, path: { key: 'parents' },
    preserve: { arg: 'optional' as const }, recursive: { key: 'R' }, 'remove-destination': {},
    reflink: { arg: 'optional' as const }, sparse: { arg: 'required' as const }, 'strip-trailing-slashes': {},
    suffix: { key: 'S', arg: 'required' as const }, 'symbolic-link': { key: 's' },
    'target-directory': { key: 't', arg: 'required' as const }, update: { key: 'u' }, verbose: { key: 'v' },
  },
};

function setPreserve(o: CopyOptions, list: string, on: boolean): void {
  for (const item of list.split(',')) {
    const v = argmatch(item, PRESERVE, on ? '--preserve' : '--no-preserve');
    if (v === 'mode' || v === 'all') o.preserveMode = on;
    if (v === 'timestamps' || v === 'all') o.preserveTimes = on;
    if (v === 'ownership' || v === 'all') o.preserveOwner = on;
    if (v === 'links' || v === 'all') o.preserveLinks = on;
  }
}

/** Options in command-line order, as cp's getopt loop applies them. */
function options(ctx: AppletContext, p: ParsedOpts) {
  const o: CopyOptions = {
    recursive: false, deref: 'always', preserveMode: false, preserveOwner: false, preserveTimes: false,
    preserveLinks: false, force: false, interactive: 'always', update: false, verbose: false, hardLink: false,
    symLink: false, backup: 'none', suffix: '~', move: false,
  };
  let deref: CopyOptions['deref'] | undefined;
  let backup = false;
  let control: string | undefined;
  let suffix: string | undefined;
  let target: string | undefined;
  const flags = { noTarget: false, parents: false, removeDest: false, strip: false };
  for (const [k, v] of p.list) {
    switch (k) {
      case 'a': deref = 'never'; o.recursive = true; setPreserve(o, 'all', true); break;
      case 'b': backup = true; break;
      case 'backup': backup = true; control = v; break;
      case 'd': deref = 'never'; o.preserveLinks = true; break;
      case 'f': o.force = true; break;
      case 'H': deref = 'cmdline'; break;
      case 'i': o.interactive = 'ask'; break;
      case 'l': o.hardLink = true; break;
      case 'L': deref = 'always'; break;
      case 'n': o.interactive = 'never'; break;
      case 'p': setPreserve(o, 'mode,timestamps,ownership', true); break;
      case 'preserve': setPreserve(o, v ?? 'mode,timestamps,ownership', true); break;
      case 'no-preserve': setPreserve(o, v!, false); break;
      case 'P': deref = 'never'; break;
      case 'r': case 'R': o.recursive = true; break;
      case 's': o.symLink = true; break;
      case 'S': backup = true; suffix = v; break;
      case 't': target = v; break;
      case 'T': flags.noTarget = true; break;
      case 'u': o.update = true; break;
      case 'v': o.verbose = true; break;
      case 'parents': flags.parents = true; break;
      case 'remove-destination': flags.removeDest = true; o.force = true; break;
      case 'strip-trailing-slashes': flags.strip = true; break;
      case 'sparse': argmatch(v!, [['never', 0], ['auto', 1], ['always', 2]], '--sparse'); break;
      case 'reflink': if (v !== undefined) argmatch(v, [['auto', 0], ['always', 1], ['never', 2]], '--reflink'); break;
    }
  }
  if (backup) o.backup = backupType(ctx, control);
  o.suffix = backupSuffix(ctx, suffix);
  o.deref = deref ?? (o.recursive && !o.hardLink ? 'never' : 'always');
  return { o, target, flags };
}

const cp: Applet = {
  async run(ctx) {
    let parsed;
    try {
      const p = getopt(ctx.argv.slice(1), SPEC);
      parsed = { p, ...options(ctx, p) };
    } catch (e) {
      if (e instanceof ArgmatchError) return usageError(ctx, new OptError(e.message));
      return usageError(ctx, e);
    }
    const { p, o, target, flags } = parsed;
    if (o.hardLink && o.symLink) return usageError(ctx, new OptError('cannot make both hard and symbolic links'));
    if (o.backup !== 'none' && o.interactive === 'never') return usageError(ctx, new OptError('options --backup and --no-clobber are mutually exclusive'));
    const operands = flags.strip ? p.operands.map(stripSlashes) : p.operands;
    const t = await resolveTargets(ctx, operands, target, flags.noTarget);
    if (t instanceof TargetFailure) return t.status;
    if (flags.parents && t.kind !== 'dir') return usageError(ctx, new OptError('with --parents, the destination must be a directory'));
    const copier = new Copier(ctx, o, t.kind === 'dir');
    let ok = true;
    if (t.kind === 'pair') ok = await copyOne(ctx, copier, t.src, t.dst, flags.removeDest);
    else {
      for (const src of t.srcs) {
        if (flags.parents) {
          const made = await makeParents(ctx, src, t.dir, o.verbose);
          if (!made) {
            ok = false;
            continue;
          }
          ok = (await copyOne(ctx, copier, src, joinName(t.dir, src), flags.removeDest)) && ok;
        } else ok = (await copyOne(ctx, copier, src, joinName(t.dir, lastComponent(src)), flags.removeDest)) && ok;
      }
    }
    return ok && !copier.intoSelf ? 0 : 1;
  },
};
export default cp;

async function copyOne(ctx: AppletContext, copier: Copier, src: string, dst: string, removeDest: boolean): Promise<boolean> {
  if (removeDest) {
    try {
      if (ctx.fs.lstat(dst).type !== 'dir' && ctx.fs.exists(src)) ctx.fs.unlink(dst);
    } catch {
      // nothing to remove
    }
  }
  return copier.copyTop(src, dst);
}

/** --parents: recreate SRC's leading directories under DIR (make_dir_parents_private). */
async function makeParents(ctx: AppletContext, src: string, dir: string, verbose: boolean): Promise<boolean> {
  const parts = src.split('/').filter((x) => x !== '');
  parts.pop();
  let srcPrefix = src.startsWith('/') ? '/' : '';
  for (const part of parts) {
    srcPrefix = srcPrefix === '' || srcPrefix === '/' ? srcPrefix + part : `${srcPrefix}/${part}`;
    const dst = joinName(dir, srcPrefix);
    try {
      const st = ctx.fs.stat(dst);
      if (st.type !== 'dir') {
        await ctx.stderr.write(`${ctx.name}: ${qa(dst)} exists but is not a directory\n`);
        return false;
      }
      continue;
    } catch {
      // create it below
    }
    try {
      const s = ctx.fs.stat(srcPrefix);
      ctx.fs.mkdir(dst, s.mode & 0o777);
      if (verbose) await ctx.stdout.write(`${srcPrefix} -> ${dst}\n`);
    } catch (e) {
      await ctx.stderr.write(`${ctx.name}: cannot make directory ${qa(dst)}: ${errText(e)}\n`);
      return false;
    }
  }
  return true;
}
