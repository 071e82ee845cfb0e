import { errText } from '../errors.ts';
import type { AppletContext } from '../types.ts';
import { dirName, joinName } from './paths.ts';
import { Lister, type TarEntry } from './tar-format.ts';
import type { TarRun } from './tar.ts';

/** Member names the operands select (a directory operand selects everything below it). */
function selector(operands: string[]) {
  const want = operands.map((o) => o.replace(/\/+$/, ''));
  const seen = new Set<string>();
  return {
    match(name: string): boolean {
      if (want.length === 0) return true;
      const n = name.replace(/\/+$/, '');
      const hit = want.find((w) => n === w || n.startsWith(`${w}/`));
      if (hit !== undefined) seen.add(hit);
      return hit !== undefined;
    },
    missing: () => want.filter((w) => !seen.has(w)),
  };
}

/** tar -t and tar -x over decoded members; extraction goes through the model's VFS only. */
export async function readMembers(ctx: AppletContext, r: TarRun, entries: TarEntry[], operands: string[], extract: boolean): Promise<void> {
  const sel = selector(operands);
  const lister = new Lister();
  const dirTimes: [string, number, number][] = [];
  let warnedSlash = false;
  for (const e of entries) {
    await ctx.tick();
    let name = e.name;
    if (!sel.match(name) || r.excluded(name)) continue;
    if (extract && name.startsWith('/')) {
      name = name.replace(/^\/+/, '');
      if (!warnedSlash) await ctx.stderr.write("tar: Removing leading `/' from member names\n");
      warnedSlash = true;
    }
    if (r.strip) {
      const parts = name.split('/').filter((x, i, a) => x !== '' || i < a.length - 1);
      if (parts.length <= r.strip || (parts.length === r.strip + 1 && parts[r.strip] === '')) continue;
      name = parts.slice(r.strip).join('/');
    }
    if (!extract) {
      await ctx.stdout.write(r.verbose ? lister.line({ ...e, name }, r.numeric) : `${name}\n`);
      continue;
    }
    if (r.verbose && !r.toStdout) await r.say(r.verbose > 1 ? lister.line({ ...e, name }, r.numeric) : `${name}\n`);
    else if (r.verbose) await ctx.stdout.write(`${name}\n`);
    if (r.toStdout) {
      if (e.type === '0') await ctx.stdout.write(e.data);
      continue;
    }
    const path = r.dir ? joinName(r.dir, name) : name;
    await writeMember(ctx, r, e, path.replace(/\/+$/, '') || '.', dirTimes);
  }
  for (const [path, mtime, mode] of dirTimes.reverse()) {
    try {
      if (r.samePerms) ctx.fs.chmod(path, mode);
      ctx.fs.utimes(path, mtime, mtime);
    } catch {
      // directory vanished or read-only: tar reports nothing here either
    }
  }
  for (const m of sel.missing()) await r.error(`${m}: Not found in archive`);
}

function mkdirs(ctx: AppletContext, dir: string): void {
  if (dir === '.' || dir === '/' || ctx.fs.exists(dir)) return;
  mkdirs(ctx, dirName(dir));
  ctx.fs.mkdir(dir, 0o755);
}

async function writeMember(ctx: AppletContext, r: TarRun, e: TarEntry, path: string, dirTimes: [string, number, number][]): Promise<void> {
  const mtime = e.mtime * 1000;
  try {
    mkdirs(ctx, dirName(path));
  } catch (err) {
    await r.error(`${dirName(path)}: Cannot mkdir: ${errText(err)}`);
    return;
  }
  let exists = false;
  try {
    exists = ctx.fs.lstat(path) !== null;
  } catch {
    exists = false;
  }
  try {
    if (e.type === '5') {
      if (!exists) ctx.fs.mkdir(path, 0o700);
      dirTimes.push([path, mtime, e.mode & r.modeMask]);
      return;
    }
    if (exists) {
      if (r.keep) {
        await r.error(`${path}: Cannot open: File exists`);
        return;
      }
      if (ctx.fs.lstat(path).type === 'dir') {
        await r.error(`${path}: Cannot open: Is a directory`);
        return;
      }
      ctx.fs.unlink(path);
    }
    if (e.type === '2') ctx.fs.symlink(e.linkname, path);
    else if (e.type === '1') ctx.fs.link(r.dir ? joinName(r.dir, e.linkname) : e.linkname, path);
    else if (e.type === '3' || e.type === '4' || e.type === '6') ctx.fs.mknod(path, e.type === '3' ? 'chr' : e.type === '4' ? 'blk' : 'fifo', e.mode & 0o777, e.devmajor * 256 + e.devminor);
    else ctx.fs.writeFile(path, e.data, { mode: 0o600 });
  } catch (err) {
    const what = e.type === '2' ? 'Cannot create symlink to' : e.type === '1' ? 'Cannot hard link to' : 'Cannot open';
    await r.error(e.type === '2' || e.type === '1' ? `${path}: ${what} '${e.linkname}': ${errText(err)}` : `${path}: ${what}: ${errText(err)}`);
    return;
  }
  try {
    const isLink = e.type === '2';
    if (r.sameOwner && ctx.proc.creds.uid === 0) ctx.fs.chown(path, e.uid, e.gid, !isLink);
    if (!isLink && e.type !== '1') ctx.fs.chmod(path, e.mode & r.modeMask);
    if (e.type !== '1') ctx.fs.utimes(path, mtime, mtime, !isLink);
  } catch {
    // attributes are best effort, as for a non-root tar
  }
}
