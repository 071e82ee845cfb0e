import { errText } from '../errors.ts';
import type { AppletContext } from '../types.ts';
import { dirName, joinName } from './paths.ts';
import { Lister, type TarEntry } from './tar-format.ts';
import { PrefixWarner } from './tar-names.ts';
import type { TarRun } from './tar.ts';

/** Member names the operands select (a directory operand selects everything below it). */
function selector(operands: string[], wildcards: boolean) {
  const want = operands.map((o) => o.replace(/\/+$/, ''));
  const res = want.map((w) => (wildcards ? new RegExp(`^${globSource(w)}(/.*)?$`, 's') : null));
  const seen = new Set<number>();
  return {
    match(name: string): boolean {
      if (want.length === 0) return true;
      const n = name.replace(/\/+$/, '');
      // The first operand that matches takes the member; a repeated operand never does (GNU).
      const hit = want.findIndex((w, i) => (res[i] ? res[i]!.test(n) : n === w || n.startsWith(`${w}/`)));
      if (hit >= 0) seen.add(hit);
      return hit >= 0;
    },
    missing: () => want.filter((_, i) => !seen.has(i)),
  };
}

/** tar -t and tar -x over decoded members; extraction goes through the model's VFS only. */
export async function readMembers(ctx: AppletContext, r: TarRun, entries: TarEntry[], operands: string[], extract: boolean): Promise<void> {
  const sel = selector(operands, r.wildcards === true);
  const lister = new Lister(r.fullTime);
  const dirTimes: [string, number, number][] = [];
  const prefixes = new PrefixWarner(ctx);
  for (const e of entries) {
    await ctx.tick();
    let name = e.name;
    if (!sel.match(name) || r.excluded(name)) continue;
    if (extract) name = await prefixes.strip(name);
    const shown = name;
    if (r.strip && extract) {
      const parts = name.split('/').filter((x, i, a) => x !== '' || i < a.length - 1);
      if (parts.length <= r.strip || (parts.length === r.strip + 1 && parts[r.strip] === '')) continue;
      name = parts.slice(r.strip).join('/');
    }
    if (!extract) {
      await ctx.stdout.write(r.verbose ? lister.line({ ...e, name }, r.numeric) : `${name}\n`);
      continue;
    }
    // GNU tar reports the member as archived, before --strip-components.
    if (r.verbose && !r.toStdout) await r.say(r.verbose > 1 ? lister.line({ ...e, name: shown }, r.numeric) : `${shown}\n`);
    else if (r.verbose) await ctx.stdout.write(`${shown}\n`);
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
  let warnedGlob = false;
  for (const m of sel.missing()) {
    if (r.wildcards === undefined && !warnedGlob && /[*?[\\]/.test(m)) {
      warnedGlob = true;
      await ctx.stderr.write('tar: Pattern matching characters used in file names\ntar: Use --wildcards to enable pattern matching, or --no-wildcards to suppress this warning\n');
    }
    await r.error(`${m}: Not found in archive`);
  }
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
    if (e.type !== '1' && !r.touch) ctx.fs.utimes(path, mtime, mtime, !isLink);
  } catch {
    // attributes are best effort, as for a non-root tar
  }
}

/** fnmatch-style pattern as regex source; `*` crosses `/` (tar's --wildcards-match-slash default). */
function globSource(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '[') {
      const end = p.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        out += `[${p.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else if (c === '\\' && i + 1 < p.length) out += `\\${p[++i]}`.replace(/\\([A-Za-z0-9])/, '$1');
    else out += c.replace(/[.+^${}()|\]\\/]/g, '\\$&');
  }
  return out;
}
