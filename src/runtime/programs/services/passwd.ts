import { FsError } from '../../kernel/fs/errors.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';

export interface Account {
  name: string;
  uid: number;
  gid: number;
  home: string;
  /** Supplementary groups from /etc/group (initgroups), the primary group first. */
  groups: number[];
}

function lines(fs: Vfs, path: string): string[][] {
  try {
    return fs.readFile(path).split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(':'));
  } catch (e) {
    if (e instanceof FsError) return [];
    throw e;
  }
}

/** getpwnam/getpwuid over the process's /etc/passwd, with initgroups' list. */
export function lookupAccount(fs: Vfs, nameOrUid: string): Account | undefined {
  const numeric = /^\d+$/.test(nameOrUid);
  const row = lines(fs, '/etc/passwd').find((f) => (numeric ? f[2] === nameOrUid : f[0] === nameOrUid));
  if (!row) return undefined;
  const name = row[0]!;
  const gid = Number(row[3]);
  const groups = [gid];
  for (const g of lines(fs, '/etc/group')) {
    const gg = Number(g[2]);
    if ((g[3] ?? '').split(',').includes(name) && !groups.includes(gg)) groups.push(gg);
  }
  return { name, uid: Number(row[2]), gid, home: row[5] ?? '/', groups };
}

/** getgrnam over /etc/group: the gid, or undefined. */
export function lookupGroup(fs: Vfs, nameOrGid: string): number | undefined {
  if (/^\d+$/.test(nameOrGid)) return Number(nameOrGid);
  const row = lines(fs, '/etc/group').find((f) => f[0] === nameOrGid);
  return row ? Number(row[2]) : undefined;
}
