import type { Stat } from '../../../kernel/fs/types.ts';

/** Filesystems whose nodes are generated and own no storage (their stat reports 0 blocks). */
const PSEUDO = new Set(['proc', 'sysfs', 'cgroup', 'cgroup2', 'devpts', 'mqueue', 'debugfs', 'securityfs', 'tracefs', 'bpf', 'configfs', 'fusectl', 'pstore', 'hugetlbfs']);

/**
 * st_blocks (512-byte units) as a real kernel would report it. The model stores no block maps,
 * so allocation is derived from sizes: ext4 and tmpfs both allocate regular-file data in whole
 * 4 KiB blocks/pages (no sparse files in the model), so a file takes ceil(size/4096)*8 sectors.
 * An ext4 directory owns its 4096-byte block; a tmpfs directory owns no page. Symlinks whose
 * target fits in the inode take nothing (ext4 "fast" symlinks < 60 bytes, tmpfs < 128 bytes);
 * longer ones take one block. Devices, fifos and sockets have no data.
 */
export function stBlocks(st: Stat, fstype: string): number {
  if (PSEUDO.has(fstype)) return 0;
  const tmp = fstype === 'tmpfs' || fstype === 'devtmpfs' || fstype === 'ramfs';
  switch (st.type) {
    case 'file': return Math.ceil(st.size / 4096) * 8;
    case 'dir': return tmp ? 0 : Math.ceil(st.size / 4096) * 8;
    case 'symlink': return st.size < (tmp ? 128 : 60) ? 0 : 8;
    default: return 0;
  }
}

/** st_blksize: the preferred I/O size, 4096 everywhere but procfs (1024). */
export function ioBlock(fstype: string): number {
  return fstype === 'proc' ? 1024 : 4096;
}
