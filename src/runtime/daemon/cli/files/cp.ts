import { FsError } from '../../../kernel/fs/errors.ts';
import type { Stat } from '../../../kernel/fs/types.ts';
import type { Vfs } from '../../../kernel/fs/vfs.ts';
import type { Container } from '../../container/container.ts';
import { containerVfs } from '../../container/fsview.ts';
import { DaemonError } from '../../errors.ts';
import type { Call, Command } from '../command.ts';
import { humanSize } from '../format/units.ts';
import { collect, CopyError, extract, fromTar, type Member, toTar } from './cp-archive.ts';
import { absLocal, clean, type CopyInfo, goError, hasTrailingSeparator, localDestination, prepareCopy, rebaseName, specifiesCurrentDir, splitDirEntry } from './cp-paths.ts';

/** splitCpArg: `CONTAINER:PATH`, unless the argument is an absolute or `./`-style local path. */
function splitArg(arg: string): { ctr: string; path: string } {
  if (arg.startsWith('/')) return { ctr: '', path: arg };
  const i = arg.indexOf(':');
  if (i < 0 || arg.startsWith('.')) return { ctr: '', path: arg };
  return { ctr: arg.slice(0, i), path: arg.slice(i + 1) };
}

/** Container paths are taken from its root; the trailing `/` or `/.` is kept for the copy rules. */
function containerPath(p: string): string {
  const abs = p.startsWith('/') ? p : `/${p}`;
  if (specifiesCurrentDir(abs)) return clean(abs) === '/' ? '/.' : `${clean(abs)}/.`;
  return hasTrailingSeparator(abs) && clean(abs) !== '/' ? `${clean(abs)}/` : clean(abs);
}

function tryLstat(vfs: Vfs, p: string): Stat | null {
  try {
    return vfs.lstat(p);
  } catch (e) {
    if (e instanceof FsError) return null;
    throw e;
  }
}

/** The engine's stat of a container path (ContainerStatPath): parents resolved, the last element not. */
function statInContainer(call: Call, c: Container, path: string, ref: string, relative: boolean): Stat {
  const vfs = containerVfs(call.host, c);
  try {
    return hasTrailingSeparator(path) || specifiesCurrentDir(path) ? vfs.stat(path) : vfs.lstat(path);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    if (e.code === 'ENOTDIR') throw new DaemonError(`lstat /var/lib/docker/overlay2/${c.layerId}/merged${path}: not a directory`, 400);
    throw new DaemonError(`Could not find the file ${shown(path, relative)} in container ${ref}`, 404);
  }
}

/** The daemon names the path as the client sent it: a relative one stays relative. */
const shown = (path: string, relative: boolean): string => (relative ? clean(path).replace(/^\//, '') : clean(path));

const cp: Command = async (call) => {
  const [source, destination] = call.args as [string, string];
  try {
    if (source === '') throw new CopyError('source can not be empty');
    if (destination === '') throw new CopyError('destination can not be empty');
    const src = splitArg(source);
    const dst = splitArg(destination);
    if (src.ctr && dst.ctr) throw new CopyError('copying between containers is not supported');
    if (!src.ctr && !dst.ctr) throw new CopyError('must specify at least one container source');
    if (src.ctr) await fromContainer(call, src.ctr, containerPath(src.path), dst.path, !src.path.startsWith('/'));
    else await toContainer(call, src.path, dst.ctr, dst.path);
    return 0;
  } catch (e) {
    if (e instanceof CopyError) {
      await call.err(`${e.message}\n`);
      return 1;
    }
    if (e instanceof DaemonError) {
      await call.err(`Error response from daemon: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
};

async function fromContainer(call: Call, ref: string, srcPath: string, dstArg: string, relative: boolean): Promise<void> {
  const local = call.ctx.fs;
  const dstPath = dstArg === '-' ? '-' : absLocal(call.ctx.proc.cwd, dstArg);
  if (dstPath !== '-') validateOutputPath(local, dstPath);
  const c = call.engine.get(ref);
  let path = srcPath;
  let rebase = '';
  if (call.opts.bool('follow-link')) {
    const st = tryLstat(containerVfs(call.host, c), path);
    if (st?.type === 'symlink') {
      const target = containerVfs(call.host, c).readlink(path);
      [path, rebase] = rebaseName(path, target.startsWith('/') ? clean(target) : clean(`${splitDirEntry(path)[0]}/${target}`));
    }
  }
  const st = statInContainer(call, c, path, ref, relative);
  const vfs = containerVfs(call.host, c);
  const [, name] = splitDirEntry(path);
  const members = collect(vfs, hasTrailingSeparator(path) || specifiesCurrentDir(path) ? clean(path) : path, name);
  if (dstPath === '-') {
    const tar = toTar(members);
    for (let i = 0; i < tar.length; i += 65536) await call.ctx.stdout.write(tar.slice(i, i + 65536));
    return;
  }
  const srcInfo: CopyInfo = { path, exists: true, isDir: st.type === 'dir', rebaseName: '' };
  let list: Member[] = members;
  if (rebase) {
    list = members.map((m) => {
      const [first, ...rest] = m.name.split('/');
      return first === name ? { ...m, name: [rebase, ...rest].join('/') } : m;
    });
    srcInfo.rebaseName = rebase;
  }
  const prepared = prepareCopy(list, srcInfo, localDestination(local, dstPath));
  try {
    extract(local, prepared.dir, prepared.members, {});
  } catch (e) {
    if (e instanceof FsError) throw new CopyError(`${e.text}`);
    throw e;
  }
  await progressDone(call, toTar(members).length, dstPath);
}

/** On a terminal (and without -q) the CLI reports the size of the tar stream it moved. */
async function progressDone(call: Call, bytes: number, shown: string): Promise<void> {
  if (call.opts.bool('quiet') || !call.ctx.stderr.tty) return;
  await call.err(`Successfully copied ${humanSize(bytes)} to ${shown}\n`);
}

/** ValidateOutputPath: the parent must exist; an existing path must be a directory or a file. */
function validateOutputPath(vfs: Vfs, path: string): void {
  const dir = clean(path).slice(0, clean(path).lastIndexOf('/')) || '/';
  if (!vfs.exists(dir)) throw new CopyError(`invalid output path: directory "${dir}" does not exist`);
  let st: Stat | null = null;
  try {
    st = vfs.stat(path);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    if (e.code !== 'ENOENT') throw goError('stat', path, e);
  }
  if (st && st.type !== 'dir' && st.type !== 'file') throw new CopyError(`invalid output path: "${path}" must be a directory or a regular file: got a ${deviceKind(st)}`);
}

const deviceKind = (st: Stat): string => (st.type === 'fifo' ? 'named pipe' : st.type === 'sock' ? 'socket' : 'device');

async function toContainer(call: Call, srcArg: string, ref: string, dstArg: string): Promise<void> {
  const local = call.ctx.fs;
  const dstPath = containerPath(dstArg);
  const c0 = call.engine.find(ref);
  // The CLI stats the destination first and treats any failure (even a missing container) as "absent".
  const dstInfo: CopyInfo = { path: dstPath, exists: false, isDir: false, rebaseName: '' };
  if (c0) {
    const vfs = containerVfs(call.host, c0);
    let st = tryStat(vfs, dstPath);
    if (st?.type === 'symlink') {
      const target = vfs.readlink(dstPath);
      dstInfo.path = target.startsWith('/') ? target : clean(`${splitDirEntry(dstPath)[0]}/${target}`);
      st = tryStat(vfs, dstInfo.path);
    }
    if (st && st.type !== 'dir' && st.type !== 'file' && st.type !== 'symlink') {
      throw new CopyError(`destination "${ref}:${dstArg}" must be a directory or a regular file: got a ${deviceKind(st)}`);
    }
    if (st) Object.assign(dstInfo, { exists: true, isDir: st.type === 'dir' });
  }
  let dir: string;
  let members: Member[];
  if (srcArg === '-') {
    if (!dstInfo.isDir) throw new CopyError(`destination "${ref}:${dstArg}" must be a directory`);
    dir = dstInfo.path;
    members = fromTar(await call.ctx.stdin.readAll());
  } else {
    const srcPath = absLocal(call.ctx.proc.cwd, srcArg);
    const srcInfo = localSource(local, srcPath, call.opts.bool('follow-link'));
    const collected = collect(local, srcInfo.resolved, srcInfo.entryBase);
    ({ dir, members } = prepareCopy(collected, srcInfo.info, dstInfo));
    const c = call.engine.get(ref);
    extractInContainer(call, c, ref, dir, members, !dstArg.startsWith('/'));
    await progressDone(call, toTar(collected).length, `${ref}:${dstArg}`);
    return;
  }
  const c = call.engine.get(ref);
  extractInContainer(call, c, ref, dir, members, !dstArg.startsWith('/'));
}

function tryStat(vfs: Vfs, p: string): Stat | null {
  try {
    return hasTrailingSeparator(p) || specifiesCurrentDir(p) ? vfs.stat(p) : vfs.lstat(p);
  } catch (e) {
    if (e instanceof FsError) return null;
    throw e;
  }
}

/** CopyInfoSourcePath: lstat of the source (its final symlink followed only with -L). */
function localSource(vfs: Vfs, path: string, follow: boolean): { info: CopyInfo; resolved: string; entryBase: string } {
  let resolved = path;
  let rebase = '';
  if (follow) {
    try {
      [resolved, rebase] = rebaseName(path, vfs.realpath(clean(path)));
    } catch (e) {
      throw goError('lstat', clean(path), e);
    }
  }
  let st: Stat;
  try {
    st = hasTrailingSeparator(resolved) || specifiesCurrentDir(resolved) ? vfs.stat(resolved) : vfs.lstat(resolved);
  } catch (e) {
    throw goError('lstat', resolved.replace(/\/$/, ''), e);
  }
  const [, entryBase] = splitDirEntry(resolved);
  const walkFrom = specifiesCurrentDir(resolved) || hasTrailingSeparator(resolved) ? clean(resolved) : resolved;
  return { info: { path: resolved, exists: true, isDir: st.type === 'dir', rebaseName: rebase }, resolved: walkFrom, entryBase };
}

/** PUT /containers/{id}/archive: the extraction point must be an existing directory. */
function extractInContainer(call: Call, c: Container, ref: string, dir: string, members: Member[], relative: boolean): void {
  const vfs = containerVfs(call.host, c);
  let st: Stat;
  try {
    st = vfs.stat(dir);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    throw new DaemonError(`Could not find the file ${shown(dir, relative)} in container ${ref}`, 404);
  }
  if (st.type !== 'dir') throw new DaemonError('extraction point is not a directory', 400);
  // Volumes and tmpfs mounts stay writable under --read-only; only the rootfs itself refuses.
  if (c.hostConfig.ReadonlyRootfs && vfs.mountOf(dir).target === '/') throw new DaemonError('container rootfs is marked read-only', 403);
  try {
    // The engine (root) keeps the archive's owners with or without -a (checked on Engine 20.10).
    extract(vfs, clean(dir), members, { owner: null });
  } catch (e) {
    if (e instanceof CopyError) throw new DaemonError(e.message, 500);
    if (e instanceof FsError) throw new DaemonError(e.text, 500);
    throw e;
  }
}

export default cp;
