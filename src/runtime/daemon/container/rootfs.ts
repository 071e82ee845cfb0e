import { type Inode, MemFs } from '../../kernel/fs/memfs.ts';
import { MountTable, type Mount, type MountOptions } from '../../kernel/fs/mounts.ts';
import { OverlayFs } from '../../kernel/fs/overlayfs.ts';
import { procRoot } from '../../kernel/fs/pseudo/procfs.ts';
import type { Filesystem } from '../../kernel/fs/types.ts';
import { SynthFs } from '../../kernel/fs/synthfs.ts';
import { CgroupFs } from '../../kernel/cgroup/cgroupfs.ts';
import { SysFs, sysfsRoot } from '../../kernel/cgroup/sysfs.ts';
import { cgroupsOf } from '../../kernel/cgroup/system.ts';
import type { CgroupHierarchy } from '../../kernel/cgroup/hierarchy.ts';
import type { NsSet } from '../../kernel/ns/set.ts';
import { TreeBuilder } from '../../rootfs/tree-builder.ts';
import type { Host } from '../../host.ts';
import type { Image } from '../image/image.ts';

const memos = new WeakMap<Image, Map<string, Inode | null>>();

/** Lookups in an image's layers, shared by all its containers (the layers never change). */
function lookupMemo(image: Image): Map<string, Inode | null> {
  let m = memos.get(image);
  if (!m) memos.set(image, (m = new Map()));
  return m;
}

/** The container's overlay: its upper dir over the init layer over the image's layers. */
export function containerRootfs(host: Host, image: Image): { upper: MemFs; init: MemFs; rootfs: OverlayFs } {
  const now = () => host.clock.now;
  const upper = new MemFs({ fstype: 'overlay', dev: host.allocDev(), now });
  const init = new MemFs({ fstype: 'overlay', dev: host.allocDev(), now });
  const t = new TreeBuilder(init);
  // What the engine's "-init" layer holds: mount points and the files it bind-mounts over.
  for (const d of ['/dev/pts', '/dev/shm', '/proc', '/sys', '/etc']) t.dir(d);
  t.file('/.dockerenv', '', 0o755);
  t.file('/etc/hostname', '', 0o644).file('/etc/hosts', '', 0o644).file('/etc/resolv.conf', '', 0o644);
  t.symlink('/etc/mtab', '/proc/mounts');
  const lowers = [init, ...image.layers.map((l) => l.fs).reverse()];
  return { upper, init, rootfs: new OverlayFs(host.allocDev(), lowers, upper, 1, lookupMemo(image)) };
}

/** Writes the per-container files the engine bind-mounts (/etc/hostname, /etc/hosts, /etc/resolv.conf). */
/**
 * The files the engine bind-mounts over /etc. `hostHosts` is the host's /etc/hosts, which a
 * `--network host` container gets as it is (plus --add-host lines).
 */
export function writeNetworkFiles(init: MemFs, hostname: string, ip: string | null, extraHosts: string[], dns: string[], hostHosts?: string): void {
  const t = new TreeBuilder(init);
  t.file('/etc/hostname', `${hostname}\n`);
  const extra = extraHosts.map((h) => {
    const i = h.indexOf(':');
    return `${h.slice(i + 1)}\t${h.slice(0, i)}`;
  });
  const hosts = hostHosts !== undefined
    ? [hostHosts.replace(/\n$/, ''), ...extra]
    : [
      '127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', 'fe00::0\tip6-localnet',
      'ff00::0\tip6-mcastprefix', 'ff02::1\tip6-allnodes', 'ff02::2\tip6-allrouters', ...extra,
    ];
  if (ip) hosts.push(`${ip}\t${hostname}`);
  t.file('/etc/hosts', `${hosts.join('\n')}\n`);
  const servers = dns.length ? dns : ['10.0.2.3'];
  t.file('/etc/resolv.conf', `${servers.map((s) => `nameserver ${s}`).join('\n')}\n`);
}

type CgroupMounts = { tmpfs: MemFs; hierarchies: [CgroupHierarchy, CgroupFs][] };
const cgroupMountCache = new WeakMap<Host, CgroupMounts>();

/**
 * The read-only cgroup mounts every container gets (cgroupns=host): views of the host's v1
 * hierarchies, so one set of filesystem objects serves all containers.
 */
function cgroupMounts(host: Host): CgroupMounts {
  let m = cgroupMountCache.get(host);
  if (m) return m;
  const tmpfs = new MemFs({ fstype: 'tmpfs', dev: host.allocDev(), now: () => host.clock.now });
  const v1 = cgroupsOf(host.kernel).hierarchies.filter((h) => h.version === 1);
  for (const h of v1) tmpfs.create(tmpfs.root(), h.dirName, { type: 'dir', mode: 0o555, uid: 0, gid: 0 });
  for (const [name, target] of [['cpu', 'cpu,cpuacct'], ['cpuacct', 'cpu,cpuacct'], ['net_cls', 'net_cls,net_prio'], ['net_prio', 'net_cls,net_prio']]) {
    tmpfs.create(tmpfs.root(), name!, { type: 'symlink', mode: 0o777, uid: 0, gid: 0, target });
  }
  m = { tmpfs, hierarchies: v1.map((h) => [h, new CgroupFs(h, host.allocDev())]) };
  cgroupMountCache.set(host, m);
  return m;
}

const KERNEL_FS: MountOptions = { ro: false, nosuid: true, nodev: true, noexec: true };

/** The mount table runc sets up: rootfs, /proc, /dev (+pts, shm, mqueue), /sys and the cgroup mounts. */
export function containerMounts(host: Host, ns: NsSet, rootfs: OverlayFs, opts: { readonly: boolean; tmpfs: Record<string, string>; cgroupPath: string; volumes?: Omit<Mount, 'id' | 'parentId'>[] }): MountTable {
  const table = new MountTable(host.kernel.allocMountId);
  const now = () => host.clock.now;
  const add = (target: string, fs: Filesystem, source: string, options: MountOptions) =>
    table.add({ target, fs, root: fs.root(), rootPath: '/', source, options });
  add('/', rootfs, 'overlay', { ro: opts.readonly, data: 'lowerdir=…,upperdir=…,workdir=…' });
  add('/proc', new SynthFs('proc', host.allocDev(), procRoot(host.kernel, ns.pid, host.machine), now), 'proc', KERNEL_FS);
  const dev = new MemFs({ fstype: 'tmpfs', dev: host.allocDev(), now });
  const t = new TreeBuilder(dev);
  t.device('/null', 'chr', 1, 3).device('/zero', 'chr', 1, 5).device('/full', 'chr', 1, 7).device('/random', 'chr', 1, 8);
  t.device('/urandom', 'chr', 1, 9).device('/tty', 'chr', 5, 0).device('/ptmx', 'chr', 5, 2);
  t.symlink('/fd', '/proc/self/fd').symlink('/stdin', '/proc/self/fd/0').symlink('/stdout', '/proc/self/fd/1').symlink('/stderr', '/proc/self/fd/2');
  t.symlink('/core', '/proc/kcore').dir('/pts').dir('/shm', 0o1777).dir('/mqueue', 0o1777);
  add('/dev', dev, 'tmpfs', { ro: false, nosuid: true, data: 'size=65536k,mode=755,inode64' });
  add('/dev/pts', new MemFs({ fstype: 'devpts', dev: host.allocDev(), now }), 'devpts', { ro: false, nosuid: true, noexec: true, data: 'gid=5,mode=620,ptmxmode=666' });
  add('/sys', new SysFs('sysfs', host.allocDev(), sysfsRoot(host.machine, () => ns.net), now), 'sysfs', { ...KERNEL_FS, ro: true });
  const cg = cgroupMounts(host);
  add('/sys/fs/cgroup', cg.tmpfs, 'tmpfs', { ...KERNEL_FS, ro: true, data: 'mode=755,inode64' });
  // runc bind-mounts the container's own cgroup at each controller's place (cgroupns=host on v1).
  for (const [h, fs] of cg.hierarchies) {
    const own = fs.nodeAt(opts.cgroupPath);
    table.add({ target: `/sys/fs/cgroup/${h.dirName}`, fs, root: own ?? fs.root(), rootPath: own ? opts.cgroupPath : '/', source: 'cgroup', options: { ...KERNEL_FS, ro: true, data: h.key } });
  }
  add('/dev/mqueue', new MemFs({ fstype: 'mqueue', dev: host.allocDev(), now }), 'mqueue', KERNEL_FS);
  add('/dev/shm', new MemFs({ fstype: 'tmpfs', dev: host.allocDev(), now }), 'shm', { ...KERNEL_FS, data: 'size=65536k,inode64' });
  for (const [target, data] of Object.entries(opts.tmpfs)) {
    add(target, new MemFs({ fstype: 'tmpfs', dev: host.allocDev(), now }), 'tmpfs', { ro: false, nosuid: true, nodev: true, noexec: true, data: data || 'inode64' });
  }
  // Volumes, binds and --mount tmpfs (see volume/attach.ts), after the --tmpfs mounts.
  for (const m of opts.volumes ?? []) table.add(m);
  return table;
}
