import type { Stat } from '../../../kernel/fs/types.ts';
import type { AppletContext } from '../types.ts';

/** stat(2)/lstat(2) through the model, null when the call would fail. */
export function statOf(ctx: AppletContext, path: string, follow = true): Stat | null {
  try {
    return follow ? ctx.fs.stat(path) : ctx.fs.lstat(path);
  } catch {
    return null;
  }
}

/** euidaccess(2): 4 read, 2 write, 1 execute; writes also fail on read-only mounts. */
export function canAccess(ctx: AppletContext, path: string, want: number): boolean {
  try {
    ctx.fs.access(path, want);
    if (want === 2 && ctx.fs.mountOf(path).options.ro) return false;
    return true;
  } catch {
    return false;
  }
}

/** The file-type and permission primaries both flavours share (everything but -t, -n, -z). */
export function fileTest(ctx: AppletContext, op: string, arg: string): boolean {
  const st = () => statOf(ctx, arg);
  switch (op) {
    case '-e': return st() !== null;
    case '-r': return canAccess(ctx, arg, 4);
    case '-w': return canAccess(ctx, arg, 2);
    case '-x': return canAccess(ctx, arg, 1);
    case '-N': { const s = st(); return s !== null && s.mtime > s.atime; }
    case '-O': return st()?.uid === ctx.proc.creds.uid;
    case '-G': { const s = st(); return s !== null && (s.gid === ctx.proc.creds.gid || ctx.proc.creds.groups.includes(s.gid)); }
    case '-f': return st()?.type === 'file';
    case '-d': return st()?.type === 'dir';
    case '-s': return (st()?.size ?? 0) > 0;
    case '-S': return st()?.type === 'sock';
    case '-c': return st()?.type === 'chr';
    case '-b': return st()?.type === 'blk';
    case '-p': return st()?.type === 'fifo';
    case '-L': case '-h': return statOf(ctx, arg, false)?.type === 'symlink';
    case '-u': return ((st()?.mode ?? 0) & 0o4000) !== 0;
    case '-g': return ((st()?.mode ?? 0) & 0o2000) !== 0;
    case '-k': return ((st()?.mode ?? 0) & 0o1000) !== 0;
  }
  return false;
}

/** isatty(fd) in the calling process. */
export function isTty(ctx: AppletContext, fd: number): boolean {
  const f = ctx.proc.fds.get(fd);
  return f?.output?.tty === true || f?.input?.tty === true;
}

/** Compares decimal integer strings of any length (coreutils strintcmp). */
export function intCompare(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
