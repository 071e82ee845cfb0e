import type { Mount } from '../../../kernel/fs/mounts.ts';
import type { Filesystem, NodeRef } from '../../../kernel/fs/types.ts';
import { stBlocks } from './block-usage.ts';

/** statfs(2) as df and stat -f see it. Block counts are in units of `frsize` bytes. */
export interface FsUsage {
  bsize: number;
  frsize: number;
  blocks: number;
  bfree: number;
  bavail: number;
  files: number;
  ffree: number;
  namelen: number;
  magic: number;
  fsid: string;
}

/** statfs f_type values (linux/magic.h) and the names stat -f prints for them. */
const MAGIC: Record<string, [number, string]> = {
  ext4: [0xef53, 'ext2/ext3'], ext3: [0xef53, 'ext2/ext3'], ext2: [0xef53, 'ext2/ext3'], tmpfs: [0x01021994, 'tmpfs'], devtmpfs: [0x01021994, 'tmpfs'],
  ramfs: [0x858458f6, 'ramfs'], proc: [0x9fa0, 'proc'], sysfs: [0x62656572, 'sysfs'], devpts: [0x1cd1, 'devpts'], overlay: [0x794c7630, 'overlayfs'],
  cgroup: [0x27e0eb, 'cgroupfs'], cgroup2: [0x63677270, 'cgroup2fs'], mqueue: [0x19800202, 'mqueue'], debugfs: [0x64626720, 'debugfs'],
  securityfs: [0x73636673, 'securityfs'], tracefs: [0x74726163, 'tracefs'], bpf: [0xcafe4a11, 'bpf_fs'], hugetlbfs: [0x958458f6, 'hugetlbfs'],
  configfs: [0x62656570, 'configfs'], fusectl: [0x65735543, 'fusectl'], squashfs: [0x73717368, 'squashfs'], vfat: [0x4d44, 'msdos'], nsfs: [0x6e736673, 'nsfs'],
};

export function fsMagic(fstype: string): number {
  return MAGIC[fstype]?.[0] ?? 0;
}
export function fsTypeName(fstype: string): string {
  const m = MAGIC[fstype];
  return m ? m[1] : 'UNKNOWN (0x0)';
}

/** The root disk: a 30 GB ext4 volume (/dev/vda1) holding a 2 GiB Ubuntu install besides the model's files. */
const DISK = { blocks: 7574272, reserved: 378713, baseUsed: 548864, inodes: 1933312, baseInodes: 71822, fsid: 'b2d4c5e8f0a13c71' };
/** tmpfs without size=: half the machine's RAM (4015556 kB), nr_inodes half its pages. */
const TMPFS_DEFAULT_KB = 2007776;
const TMPFS_DEFAULT_INODES = 501944;

/** Blocks (4 KiB) and inodes in use on a filesystem, counted over its tree (bounded for big trees). */
function walkUsage(fs: Filesystem, limit = 20000): { blocks: number; inodes: number } {
  let blocks = 0;
  let inodes = 0;
  const seen = new Set<number>();
  const stack: NodeRef[] = [fs.root()];
  while (stack.length > 0 && inodes < limit) {
    const node = stack.pop()!;
    const st = fs.stat(node);
    if (seen.has(st.ino)) continue;
    seen.add(st.ino);
    inodes++;
    blocks += stBlocks(st, fs.fstype) / 8;
    if (st.type === 'dir') for (const name of fs.readdir(node)) {
      const child = fs.lookup(node, name);
      if (child) stack.push(child);
    }
  }
  return { blocks: Math.ceil(blocks), inodes };
}

function optionKb(data: string | undefined, key: string): number | undefined {
  const m = new RegExp(`(?:^|,)${key}=(\\d+)([kmg%]?)`, 'i').exec(data ?? '');
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2]!.toLowerCase();
  if (unit === '%') return Math.floor((4015556 * n) / 100);
  return unit === 'g' ? n * 1024 * 1024 : unit === 'm' ? n * 1024 : unit === 'k' ? n : Math.ceil(n / 1024);
}

/** Deterministic statfs of a mount: derived from its fs type, mount options and contents. */
export function fsUsage(mount: Mount): FsUsage {
  const type = mount.fs.fstype;
  const magic = fsMagic(type);
  const fsidOf = (salt: number) => ((mount.fs.dev * 0x9e3779b1 + salt) >>> 0).toString(16).padStart(8, '0') + ((mount.fs.dev * 0x85ebca6b) >>> 0).toString(16).padStart(8, '0');
  const base = { bsize: 4096, frsize: 4096, namelen: 255, magic };
  if (type === 'ext4' || type === 'overlay') {
    // Everything ext4 (and overlay, whose upper layer lives on it) shares the root disk.
    const used = walkUsage(mount.fs);
    const bused = Math.min(DISK.blocks, DISK.baseUsed + used.blocks);
    const bfree = DISK.blocks - bused;
    const files = DISK.inodes;
    return { ...base, blocks: DISK.blocks, bfree, bavail: Math.max(0, bfree - DISK.reserved), files, ffree: files - DISK.baseInodes - used.inodes, fsid: DISK.fsid };
  }
  if (type === 'tmpfs' || type === 'devtmpfs' || type === 'ramfs') {
    const kb = optionKb(mount.options.data, 'size') ?? TMPFS_DEFAULT_KB;
    const inodesOpt = /(?:^|,)nr_inodes=(\d+)/.exec(mount.options.data ?? '');
    const files = inodesOpt ? Number(inodesOpt[1]) : TMPFS_DEFAULT_INODES;
    const used = walkUsage(mount.fs);
    const blocks = Math.floor(kb / 4);
    const bfree = Math.max(0, blocks - used.blocks);
    return { ...base, blocks, bfree, bavail: bfree, files, ffree: Math.max(0, files - used.inodes), fsid: fsidOf(0x1021994) };
  }
  return { ...base, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0, fsid: type === 'proc' ? '0' : fsidOf(magic) };
}
