import type { Vfs } from '../../kernel/fs/vfs.ts';
import type { Credentials } from '../../kernel/proc/process.ts';
import { DaemonError } from '../errors.ts';

interface PasswdEntry { name: string; uid: number; gid: number; home: string }

function readLines(vfs: Vfs, path: string): string[][] {
  try {
    return vfs.readFile(path).split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(':'));
  } catch {
    return [];
  }
}

/**
 * runc's user lookup for `-u name|uid[:group|gid]`: numeric ids need no passwd entry, names must
 * exist; supplementary groups come from /etc/group membership of the user name.
 */
export function resolveUser(vfs: Vfs, spec: string): { creds: Credentials; home: string } {
  const [userPart = '', groupPart] = spec.split(':', 2) as [string, string | undefined];
  const passwd: PasswdEntry[] = readLines(vfs, '/etc/passwd').map((f) => ({ name: f[0]!, uid: Number(f[2]), gid: Number(f[3]), home: f[5] ?? '/' }));
  const groups = readLines(vfs, '/etc/group').map((f) => ({ name: f[0]!, gid: Number(f[2]), members: (f[3] ?? '').split(',').filter(Boolean) }));
  let entry: PasswdEntry | undefined;
  if (userPart === '') entry = passwd.find((p) => p.uid === 0) ?? { name: 'root', uid: 0, gid: 0, home: '/root' };
  else if (/^\d+$/.test(userPart)) entry = passwd.find((p) => p.uid === Number(userPart)) ?? { name: '', uid: Number(userPart), gid: 0, home: '/' };
  else {
    entry = passwd.find((p) => p.name === userPart);
    if (!entry) throw new DaemonError(`unable to find user ${userPart}: no matching entries in passwd file`, 500);
  }
  let gid = entry.gid;
  let explicitGroup = false;
  if (groupPart !== undefined && groupPart !== '') {
    explicitGroup = true;
    if (/^\d+$/.test(groupPart)) gid = Number(groupPart);
    else {
      const g = groups.find((x) => x.name === groupPart);
      if (!g) throw new DaemonError(`unable to find group ${groupPart}: no matching entries in group file`, 500);
      gid = g.gid;
    }
  }
  const extra = explicitGroup || !entry.name ? [] : groups.filter((g) => g.members.includes(entry!.name) && g.gid !== gid).map((g) => g.gid);
  return { creds: { uid: entry.uid, gid, groups: [gid, ...extra] }, home: entry.home };
}
