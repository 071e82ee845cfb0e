import type { MountOptions } from '../../../kernel/fs/mounts.ts';

/** The -o list split into what mount(2) takes as flags and what goes to the filesystem. */
export interface ParsedMountOptions {
  remount: boolean;
  bind: boolean;
  rbind: boolean;
  move: boolean;
  flags: Partial<Record<'ro' | 'nosuid' | 'nodev' | 'noexec', boolean>>;
  data: string[];
}

const IGNORED = new Set(['defaults', 'auto', 'noauto', 'user', 'nouser', 'users', 'relatime', 'noatime', 'strictatime', 'atime', 'nofail', 'sync', 'async', 'dirsync', 'exec', 'suid', 'dev', 'private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave', 'unbindable', 'runbindable', 'diratime', 'nodiratime', 'silent', 'loud', 'lazytime', 'nolazytime', 'iversion', 'noiversion', 'mand', 'nomand']);

export function parseMountOptions(lists: string[]): ParsedMountOptions {
  const p: ParsedMountOptions = { remount: false, bind: false, rbind: false, move: false, flags: {}, data: [] };
  for (const item of lists.flatMap((l) => l.split(',')).filter(Boolean)) {
    if (item === 'remount') p.remount = true;
    else if (item === 'bind') p.bind = true;
    else if (item === 'rbind') p.rbind = true;
    else if (item === 'move') p.move = true;
    else if (item === 'ro' || item === 'rw') p.flags.ro = item === 'ro';
    else if (['nosuid', 'nodev', 'noexec'].includes(item)) p.flags[item as 'nosuid'] = true;
    else if (['suid', 'dev', 'exec'].includes(item)) p.flags[`no${item}` as 'nosuid'] = false;
    else if (!IGNORED.has(item) && !item.startsWith('x-') && !item.startsWith('X-')) p.data.push(item);
  }
  return p;
}

/** tmpfs shows size in kilobytes (`size=10m` reads back as `size=10240k`) and always `inode64`. */
export function tmpfsData(data: string[]): string {
  const out: string[] = [];
  for (const d of data) {
    const m = /^size=(\d+)([kmgKMG]?)$/.exec(d);
    if (m) {
      const mult = { '': 1 / 1024, k: 1, m: 1024, g: 1024 * 1024 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
      out.push(`size=${Math.ceil(Number(m[1]) * mult)}k`);
    } else out.push(d);
  }
  if (!out.includes('inode64')) out.push('inode64');
  return out.join(',');
}

export function applyFlags(base: MountOptions, flags: ParsedMountOptions['flags']): MountOptions {
  return { ...base, ...flags };
}
