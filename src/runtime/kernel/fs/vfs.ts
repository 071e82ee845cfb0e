import type { Kernel } from '../kernel.ts';
import type { Process } from '../proc/process.ts';
import { type InStream, type OutStream, StringIn } from '../stream.ts';
import type { CharDevice } from './devices.ts';
import { FsError } from './errors.ts';
import type { Mount } from './mounts.ts';
import { type Location, type Walked, walk } from './path-walk.ts';
import { limitedWrite } from '../proc/rlimits.ts';
import { attrsOf, type NodeRef, type Stat } from './types.ts';

export interface OpenWriteOptions {
  append?: boolean;
  /** O_CREAT|O_TRUNC when false/undefined; `noclobber` refuses an existing file. */
  noTrunc?: boolean;
  noclobber?: boolean;
  mode?: number;
}

const R = 4;
const W = 2;
const X = 1;

/** File access with one process's view: its mount namespace, cwd, credentials and umask. */
export class Vfs {
  constructor(
    private readonly kernel: Kernel,
    readonly proc: Process,
    private readonly devices: Map<number, CharDevice>,
  ) {}

  private get table() {
    return this.proc.ns.mnt.table;
  }

  walk(path: string, follow = true): Walked {
    this.kernel.current = this.proc;
    return walk(this.table, this.proc.cwd, path, follow, (dir) => this.need(dir, X));
  }

  locate(path: string, follow = true): Location {
    const w = this.walk(path, follow);
    if (!w.loc) throw new FsError('ENOENT', path);
    return w.loc;
  }

  /** stat of a located node, as the caller's user namespace shows it. */
  statLoc(loc: Location): Stat {
    return this.seen(loc.mount.fs.stat(loc.node));
  }

  /** The inode's own attributes (host ids), for permission checks. */
  private rawStat(loc: Location): Stat {
    return loc.mount.fs.stat(loc.node);
  }
  stat(path: string): Stat {
    const fd = this.descriptorPath(path);
    if (fd !== undefined && this.proc.fds.get(fd)?.label.startsWith('pipe')) return this.pipeStat(fd);
    return this.statLoc(this.locate(path, true));
  }

  /** What stat(2) says of an open pipe reached through /dev/fd/N. */
  private pipeStat(fd: number): Stat {
    const t = this.kernel.clock.now;
    return { type: 'fifo', mode: 0o600, uid: this.proc.creds.uid, gid: this.proc.creds.gid, size: 0, nlink: 1, ino: 100000 + fd, dev: 12, rdev: 0, atime: t, mtime: t, ctime: t };
  }
  lstat(path: string): Stat {
    return this.statLoc(this.locate(path, false));
  }
  exists(path: string): boolean {
    try {
      this.locate(path, true);
      return true;
    } catch {
      return false;
    }
  }
  realpath(path: string): string {
    return this.locate(path, true).path;
  }
  mountOf(path: string): Mount {
    return this.locate(path, true).mount;
  }

  /**
   * Permission check as the kernel does it. Inodes hold host ids; the caller's ids are mapped out
   * of its user namespace. Root of a user namespace only overrides permissions on inodes whose
   * owner is mapped in it (so `unshare -r` by a user cannot write root's files).
   */
  private need(loc: Location, want: number): void {
    const st = attrsOf(loc.mount.fs, loc.node);
    const userns = this.proc.ns.user;
    if (this.proc.creds.uid === 0 && userns.maps(st.uid, 'uid') && userns.maps(st.gid, 'gid')) {
      if (want & X && st.type !== 'dir' && !(st.mode & 0o111)) throw new FsError('EACCES');
      return;
    }
    const { uid, gid, groups } = this.hostCreds();
    const bits = uid === st.uid ? (st.mode >> 6) & 7 : gid === st.gid || groups.includes(st.gid) ? (st.mode >> 3) & 7 : st.mode & 7;
    if ((bits & want) !== want) throw new FsError('EACCES');
  }

  /** The caller's credentials as host ids (what inodes store). */
  private hostCreds(): { uid: number; gid: number; groups: number[] } {
    const c = this.proc.creds;
    const ns = this.proc.ns.user;
    if (!ns.parent) return c;
    return { uid: ns.toHost(c.uid, 'uid'), gid: ns.toHost(c.gid, 'gid'), groups: c.groups.map((g) => ns.toHost(g, 'gid')) };
  }

  /** A stat as the caller's user namespace shows it (host ids mapped in, or 65534). */
  private seen(st: Stat): Stat {
    const ns = this.proc.ns.user;
    if (!ns.parent) return st;
    return { ...st, uid: ns.fromHost(st.uid, 'uid'), gid: ns.fromHost(st.gid, 'gid') };
  }
  access(path: string, want: number): void {
    this.need(this.locate(path, true), want);
  }

  /** One walk for execve: the file's stat and contents head, or the errno that stops it. */
  probeExec(path: string): { st: Stat; loc: Location } | { errno: FsError } {
    try {
      const loc = this.locate(path, true);
      const st = this.rawStat(loc);
      if (st.type === 'dir') return { errno: new FsError('EACCES', path) };
      this.need(loc, X);
      if (loc.mount.options.noexec) return { errno: new FsError('EACCES', path) };
      return { st, loc };
    } catch (e) {
      if (e instanceof FsError) return { errno: e };
      throw e;
    }
  }

  readLoc(loc: Location): string {
    return loc.mount.fs.read(loc.node);
  }
  private writable(loc: Location): void {
    if (loc.mount.options.ro) throw new FsError('EROFS');
  }

  readFile(path: string): string {
    const loc = this.locate(path, true);
    const st = this.rawStat(loc);
    if (st.type === 'dir') throw new FsError('EISDIR', path);
    this.need(loc, R);
    if (st.type === 'chr') {
      const dev = this.devices.get(st.rdev);
      if (dev?.name === 'null') return '';
      throw new FsError('EINVAL', path);
    }
    return loc.mount.fs.read(loc.node);
  }

  readdir(path: string): string[] {
    const loc = this.locate(path, true);
    if (this.rawStat(loc).type !== 'dir') throw new FsError('ENOTDIR', path);
    this.need(loc, R);
    return loc.mount.fs.readdir(loc.node);
  }

  /** Create a node in the parent of `path`; EEXIST if it is there. */
  private createAt(path: string, make: (dir: Location, name: string) => NodeRef): Location {
    const w = this.walk(path, false);
    if (w.loc) throw new FsError('EEXIST', path);
    this.writable(w.parent);
    this.need(w.parent, W | X);
    const node = make(w.parent, w.name);
    return { mount: w.parent.mount, node, path: w.parent.path === '/' ? `/${w.name}` : `${w.parent.path}/${w.name}` };
  }

  /** Owner of the inode, or root of a user namespace in which the owner is mapped (CAP_FOWNER). */
  private ownerOrCapable(st: Stat): boolean {
    const ns = this.proc.ns.user;
    if (this.proc.creds.uid === 0 && ns.maps(st.uid, 'uid') && ns.maps(st.gid, 'gid')) return true;
    return this.hostCreds().uid === st.uid;
  }

  private get umask(): number {
    return this.proc.umask;
  }

  mkdir(path: string, mode = 0o777): void {
    const { uid, gid } = this.hostCreds();
    this.createAt(path, (d, name) => {
      const g = this.setgidParent(d);
      const m = (mode & ~this.umask & 0o7777) | (g === null ? 0 : 0o2000);
      return d.mount.fs.create(d.node, name, { type: 'dir', mode: m, uid, gid: g ?? gid });
    });
  }

  /** A set-group-ID directory hands its group to new entries (and its bit to new subdirectories). */
  private setgidParent(d: Location): number | null {
    const st = this.rawStat(d);
    return st.mode & 0o2000 ? st.gid : null;
  }
  symlink(target: string, path: string): void {
    // Linux symlink(2) rejects an empty target with ENOENT.
    if (target === '') throw new FsError('ENOENT', path);
    const { uid, gid } = this.hostCreds();
    this.createAt(path, (d, name) => d.mount.fs.create(d.node, name, { type: 'symlink', mode: 0o777, uid, gid, target }));
  }
  mknod(path: string, type: 'chr' | 'blk' | 'fifo', mode: number, rdev = 0): void {
    const { uid, gid } = this.hostCreds();
    this.createAt(path, (d, name) => d.mount.fs.create(d.node, name, { type, mode: mode & ~this.umask, uid, gid, rdev }));
  }
  link(existing: string, path: string): void {
    const src = this.locate(existing, false);
    if (this.rawStat(src).type === 'dir') throw new FsError('EPERM', existing);
    this.createAt(path, (d, name) => {
      if (d.mount !== src.mount) throw new FsError('EXDEV');
      d.mount.fs.link(d.node, name, src.node);
      return d.mount.fs.lookup(d.node, name)!;
    });
  }
  readlink(path: string): string {
    const loc = this.locate(path, false);
    return loc.mount.fs.readlink(loc.node);
  }

  private removeAt(path: string, dir: boolean): void {
    const w = this.walk(path, false);
    if (!w.loc) throw new FsError('ENOENT', path);
    if (w.name === '.' ) throw new FsError('EINVAL', path);
    if (w.name === '..') throw new FsError('ENOTEMPTY', path);
    if (this.table.at(w.loc.path) && w.loc.mount.target === w.loc.path) throw new FsError('EBUSY', path);
    this.writable(w.parent);
    this.need(w.parent, W | X);
    if (dir) w.parent.mount.fs.rmdir(w.parent.node, w.name);
    else w.parent.mount.fs.unlink(w.parent.node, w.name);
  }
  unlink(path: string): void {
    this.removeAt(path, false);
  }
  rmdir(path: string): void {
    this.removeAt(path, true);
  }

  rename(from: string, to: string): void {
    const src = this.walk(from, false);
    if (!src.loc) throw new FsError('ENOENT', from);
    const dst = this.walk(to, false);
    if (src.parent.mount !== dst.parent.mount) throw new FsError('EXDEV');
    if (dst.loc && src.loc.mount.fs.same(dst.loc.node, src.loc.node)) return;
    const srcType = this.rawStat(src.loc).type;
    if (srcType === 'dir' && (dst.parent.path + '/').startsWith(src.loc.path + '/')) throw new FsError('EINVAL', to);
    this.writable(dst.parent);
    this.need(src.parent, W | X);
    this.need(dst.parent, W | X);
    src.parent.mount.fs.rename(src.parent.node, src.name, dst.parent.node, dst.name);
  }

  chmod(path: string, mode: number): void {
    const loc = this.locate(path, true);
    this.writable(loc);
    const st = this.rawStat(loc);
    if (!this.ownerOrCapable(st)) throw new FsError('EPERM', path);
    loc.mount.fs.setattr(loc.node, { mode });
  }
  chown(path: string, uid: number, gid: number, follow = true): void {
    const loc = this.locate(path, follow);
    this.writable(loc);
    const ns = this.proc.ns.user;
    if (this.proc.creds.uid !== 0 || !this.ownerOrCapable(this.rawStat(loc))) throw new FsError('EPERM', path);
    const hu = uid < 0 ? undefined : ns.toHost(uid, 'uid');
    const hg = gid < 0 ? undefined : ns.toHost(gid, 'gid');
    if (ns.parent && (hu === 65534 || hg === 65534)) throw new FsError('EINVAL', path);
    loc.mount.fs.setattr(loc.node, { uid: hu, gid: hg });
  }
  utimes(path: string, atime: number | undefined, mtime: number | undefined, follow = true): void {
    const loc = this.locate(path, follow);
    this.writable(loc);
    loc.mount.fs.setattr(loc.node, { atime, mtime });
  }
  truncate(path: string, size: number): void {
    const loc = this.locate(path, true);
    this.writable(loc);
    this.need(loc, W);
    loc.mount.fs.setattr(loc.node, { size });
  }

  /** Writes a whole file, creating it (O_CREAT) if needed. */
  writeFile(path: string, data: string, opts: OpenWriteOptions = {}): void {
    const { loc, st } = this.openForWrite(path, opts);
    if (st?.type === 'chr') {
      const dev = this.devices.get(st.rdev);
      if (dev?.name === 'full') throw new FsError('ENOSPC', path);
      return;
    }
    loc.mount.fs.write(loc.node, data, true);
  }

  private openForWrite(path: string, opts: OpenWriteOptions): { loc: Location; st: Stat | null } {
    const w = this.walk(path, true);
    if (w.loc) {
      const st = this.rawStat(w.loc);
      if (st.type === 'dir') throw new FsError('EISDIR', path);
      if (opts.noclobber && st.type === 'file') throw new FsError('EEXIST', path);
      if (st.type === 'chr' || st.type === 'fifo') return { loc: w.loc, st };
      this.writable(w.loc);
      this.need(w.loc, W);
      if (!opts.append && !opts.noTrunc) w.loc.mount.fs.write(w.loc.node, '', false);
      return { loc: w.loc, st };
    }
    const { uid, gid } = this.hostCreds();
    const mode = (opts.mode ?? 0o666) & ~this.umask;
    const loc = this.createAt(w.parent.path === '/' ? `/${w.name}` : `${w.parent.path}/${w.name}`, (d, name) =>
      d.mount.fs.create(d.node, name, { type: 'file', mode, uid, gid: this.setgidParent(d) ?? gid }),
    );
    return { loc, st: null };
  }

  /** `/dev/fd/N`, `/dev/stdin`…, `/proc/self/fd/N`: the calling process's open descriptors. */
  private descriptorPath(path: string): number | undefined {
    const m = /^\/(?:dev\/(?:fd\/(\d+)|(stdin|stdout|stderr))|proc\/self\/fd\/(\d+))$/.exec(path);
    if (!m) return undefined;
    if (m[2]) return { stdin: 0, stdout: 1, stderr: 2 }[m[2] as 'stdin'];
    return Number(m[1] ?? m[3]);
  }

  openRead(path: string): InStream {
    const fd = this.descriptorPath(path);
    if (fd !== undefined) {
      const f = this.proc.fds.get(fd);
      if (!f?.input) throw new FsError(f ? 'EBADF' : 'ENOENT', path);
      const input = f.input;
      return { read: (w) => input.read(w), close: () => {} };
    }
    const loc = this.locate(path, true);
    const st = this.rawStat(loc);
    if (st.type === 'dir') throw new FsError('EISDIR', path);
    this.need(loc, R);
    if (st.type === 'chr') return this.device(st.rdev, path).input;
    return new StringIn(loc.mount.fs.read(loc.node));
  }

  openWrite(path: string, opts: OpenWriteOptions = {}): OutStream {
    const fd = this.descriptorPath(path);
    if (fd !== undefined) {
      const f = this.proc.fds.get(fd);
      if (!f?.output) throw new FsError(f ? 'EBADF' : 'ENOENT', path);
      const output = f.output;
      return { write: (w, d) => output.write(w, d), close: () => {} };
    }
    const { loc, st } = this.openForWrite(path, opts);
    if (st?.type === 'chr') return this.device(st.rdev, path).output;
    const fs = loc.mount.fs;
    if (opts.noTrunc && !opts.append) {
      // O_RDWR without O_APPEND (`<>`): writes overwrite from offset 0 onwards.
      let pos = 0;
      return {
        write: async (_w, data) => {
          const cur = fs.read(loc.node);
          fs.write(loc.node, cur.slice(0, pos) + data + cur.slice(pos + data.length), false);
          pos += data.length;
        },
        close: () => {},
      };
    }
    return {
      write: async (w, data) => limitedWrite(this.kernel, w, fs.stat(loc.node).size, data, (d) => fs.write(loc.node, d, true)),
      close: () => {},
    };
  }

  private device(rdev: number, path: string) {
    const dev = this.devices.get(rdev);
    if (!dev) throw new FsError('ENXIO', path);
    return dev.open();
  }
}
