import type { Vfs } from '../../../kernel/fs/vfs.ts';

/** User and group names as getpwuid/getgrgid find them: the model's /etc/passwd and /etc/group. */
export class IdNames {
  private users: Map<number, string> | null = null;
  private groups: Map<number, string> | null = null;

  constructor(private readonly fs: Vfs) {}

  private table(path: string): Map<number, string> {
    const m = new Map<number, string>();
    let text = '';
    try {
      text = this.fs.readFile(path);
    } catch {
      return m;
    }
    for (const line of text.split('\n')) {
      const f = line.split(':');
      const id = Number(f[2]);
      if (f.length >= 3 && f[2] !== '' && Number.isInteger(id) && !m.has(id)) m.set(id, f[0]!);
    }
    return m;
  }

  user(uid: number): string | undefined {
    this.users ??= this.table('/etc/passwd');
    return this.users.get(uid);
  }
  group(gid: number): string | undefined {
    this.groups ??= this.table('/etc/group');
    return this.groups.get(gid);
  }
  /** Name → id, for find -user/-group and mount options. */
  uidOf(name: string): number | undefined {
    this.users ??= this.table('/etc/passwd');
    for (const [id, n] of this.users) if (n === name) return id;
    return undefined;
  }
  gidOf(name: string): number | undefined {
    this.groups ??= this.table('/etc/group');
    for (const [id, n] of this.groups) if (n === name) return id;
    return undefined;
  }
}
