import type { AppletContext } from '../types.ts';

const join = (a: string, b: string) => (a.endsWith('/') ? a + b : `${a}/${b}`);

/** copy_tree: SKEL's contents into HOME, everything owned by the new user. */
function copyTree(ctx: AppletContext, from: string, to: string, uid: number, gid: number): void {
  for (const name of ctx.fs.readdir(from)) {
    const src = join(from, name);
    const dst = join(to, name);
    const st = ctx.fs.lstat(src);
    if (st.type === 'dir') {
      ctx.fs.mkdir(dst);
      ctx.fs.chmod(dst, st.mode & 0o7777);
      copyTree(ctx, src, dst, uid, gid);
    } else if (st.type === 'symlink') ctx.fs.symlink(ctx.fs.readlink(src), dst);
    else if (st.type === 'file') {
      ctx.fs.writeFile(dst, ctx.fs.readFile(src));
      ctx.fs.chmod(dst, st.mode & 0o7777);
    } else continue;
    ctx.fs.chown(dst, uid, gid, false);
  }
}

/**
 * create_home + copy_tree: missing parents are made 0755 root, the home itself gets HOME_MODE.
 * Returns a message for an existing home (the warning useradd prints) or null.
 */
export function createHome(ctx: AppletContext, home: string, uid: number, gid: number, mode: number, skel = '/etc/skel'): 'exists' | 'created' {
  if (ctx.fs.exists(home)) return 'exists';
  const parts = home.split('/').filter(Boolean);
  let path = '';
  for (let i = 0; i < parts.length - 1; i++) {
    path += `/${parts[i]}`;
    if (!ctx.fs.exists(path)) {
      ctx.fs.mkdir(path);
      ctx.fs.chmod(path, 0o755);
    }
  }
  ctx.fs.mkdir(home);
  ctx.fs.chown(home, uid, gid);
  ctx.fs.chmod(home, mode);
  if (ctx.fs.exists(skel) && ctx.fs.stat(skel).type === 'dir') copyTree(ctx, skel, home, uid, gid);
  return 'created';
}

export function removeTree(ctx: AppletContext, path: string): void {
  const st = ctx.fs.lstat(path);
  if (st.type === 'dir') {
    for (const name of ctx.fs.readdir(path)) removeTree(ctx, join(path, name));
    ctx.fs.rmdir(path);
  } else ctx.fs.unlink(path);
}

/** chown_tree: files of the old owner/group under `path` get the new ids (-1 keeps one). */
export function chownTree(ctx: AppletContext, path: string, oldUid: number, newUid: number, oldGid: number, newGid: number): void {
  const st = ctx.fs.lstat(path);
  const uid = st.uid === oldUid ? newUid : -1;
  const gid = st.gid === oldGid ? newGid : -1;
  if (uid >= 0 || gid >= 0) ctx.fs.chown(path, uid, gid, false);
  if (st.type === 'dir') for (const name of ctx.fs.readdir(path)) chownTree(ctx, join(path, name), oldUid, newUid, oldGid, newGid);
}
