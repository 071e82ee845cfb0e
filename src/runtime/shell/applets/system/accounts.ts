import type { AppletContext } from '../types.ts';

export interface UserEntry {
  name: string;
  passwd: string;
  uid: number;
  gid: number;
  gecos: string;
  home: string;
  shell: string;
  line: string;
}

export interface GroupEntry {
  name: string;
  passwd: string;
  gid: number;
  members: string[];
  line: string;
}

/**
 * The account databases as the caller's mount namespace has them (/etc/passwd, /etc/group),
 * read like NSS "files" does: a container sees its own image's files.
 */
export class Accounts {
  readonly users: UserEntry[];
  readonly groups: GroupEntry[];

  constructor(ctx: AppletContext) {
    this.users = readDb(ctx, '/etc/passwd').flatMap((line) => {
      const f = line.split(':');
      if (f.length < 7 || !/^\d+$/.test(f[2]!) || !/^\d+$/.test(f[3]!)) return [];
      return [{ name: f[0]!, passwd: f[1]!, uid: Number(f[2]), gid: Number(f[3]), gecos: f[4]!, home: f[5]!, shell: f.slice(6).join(':'), line }];
    });
    this.groups = readDb(ctx, '/etc/group').flatMap((line) => {
      const f = line.split(':');
      if (f.length < 4 || !/^\d+$/.test(f[2]!)) return [];
      return [{ name: f[0]!, passwd: f[1]!, gid: Number(f[2]), members: f[3] ? f[3].split(',').filter(Boolean) : [], line }];
    });
  }

  userById(uid: number): UserEntry | undefined {
    return this.users.find((u) => u.uid === uid);
  }
  userByName(name: string): UserEntry | undefined {
    return this.users.find((u) => u.name === name);
  }
  groupById(gid: number): GroupEntry | undefined {
    return this.groups.find((g) => g.gid === gid);
  }
  groupByName(name: string): GroupEntry | undefined {
    return this.groups.find((g) => g.name === name);
  }

  /** User name for a uid, or the number when there is no entry (ls, ps). */
  userName(uid: number): string {
    return this.userById(uid)?.name ?? String(uid);
  }
  groupName(gid: number): string {
    return this.groupById(gid)?.name ?? String(gid);
  }

  /** getgrouplist(): the primary group first, then each group listing the user, in file order. */
  groupList(user: string, primary: number): number[] {
    const out = [primary];
    for (const g of this.groups) if (g.members.includes(user) && !out.includes(g.gid)) out.push(g.gid);
    return out;
  }

  /** getpwnam, falling back to a numeric uid as coreutils' id/groups accept. */
  lookupUser(spec: string): UserEntry | undefined {
    return this.userByName(spec) ?? (/^\d+$/.test(spec) ? this.userById(Number(spec)) : undefined);
  }
}

function readDb(ctx: AppletContext, path: string): string[] {
  try {
    return ctx.fs.readFile(path).split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  } catch {
    return [];
  }
}
