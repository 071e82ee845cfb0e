import { FsError } from '../../../kernel/fs/errors.ts';
import type { AppletContext } from '../types.ts';

/** One colon-separated database (/etc/passwd, /etc/shadow, /etc/group, /etc/gshadow) as rows of fields. */
export class Table {
  rows: string[][];
  private readonly original: string;
  readonly present: boolean;

  constructor(
    readonly path: string,
    private readonly width: number,
    text: string | null,
  ) {
    this.present = text !== null;
    this.original = text ?? '';
    this.rows = (text ?? '').split('\n').filter((l) => l !== '').map((l) => l.split(':'));
  }

  find(name: string): string[] | undefined {
    return this.rows.find((r) => r[0] === name);
  }
  remove(name: string): void {
    this.rows = this.rows.filter((r) => r[0] !== name);
  }
  add(fields: string[]): void {
    while (fields.length < this.width) fields.push('');
    this.rows.push(fields);
  }
  text(): string {
    return this.rows.map((r) => r.join(':')).join('\n') + (this.rows.length ? '\n' : '');
  }
  get changed(): boolean {
    return this.present && this.text() !== this.original;
  }
  /** commonio_close: the old file becomes NAME- (same mode and owner), the new one replaces it. */
  save(ctx: AppletContext): void {
    if (!this.changed) return;
    const st = ctx.fs.stat(this.path);
    const backup = `${this.path}-`;
    ctx.fs.writeFile(backup, this.original);
    ctx.fs.chmod(backup, st.mode & 0o7777);
    ctx.fs.chown(backup, st.uid, st.gid);
    ctx.fs.writeFile(this.path, this.text());
  }
}

function load(ctx: AppletContext, path: string, width: number): Table {
  try {
    return new Table(path, width, ctx.fs.readFile(path));
  } catch (e) {
    if (e instanceof FsError) return new Table(path, width, null);
    throw e;
  }
}

/** The four shadow-utils databases, read at once and written back together. */
export class AccountDb {
  readonly passwd: Table;
  readonly shadow: Table;
  readonly group: Table;
  readonly gshadow: Table;

  constructor(private readonly ctx: AppletContext) {
    this.passwd = load(ctx, '/etc/passwd', 7);
    this.shadow = load(ctx, '/etc/shadow', 9);
    this.group = load(ctx, '/etc/group', 4);
    this.gshadow = load(ctx, '/etc/gshadow', 4);
  }

  user(name: string): string[] | undefined {
    return this.passwd.find(name);
  }
  userByUid(uid: number): string[] | undefined {
    return this.passwd.rows.find((r) => r[2] === String(uid));
  }
  /** getgrnam, then getgrgid for a numeric spec (the way useradd -g/-G resolve a GROUP). */
  groupBySpec(spec: string): string[] | undefined {
    return this.group.find(spec) ?? (/^\d+$/.test(spec) ? this.group.rows.find((r) => Number(r[2]) === Number(spec)) : undefined);
  }
  groupByGid(gid: number): string[] | undefined {
    return this.group.rows.find((r) => r[2] === String(gid));
  }

  /** Adds `user` to a group's member list in /etc/group and /etc/gshadow. */
  addMember(group: string, user: string): void {
    for (const [t, col] of [[this.group, 3], [this.gshadow, 3]] as const) {
      const r = t.find(group);
      if (!r) continue;
      const m = members(r[col]);
      if (!m.includes(user)) r[col] = [...m, user].join(',');
    }
  }
  /** Drops `user` from every member (and gshadow admin) list; returns whether a /etc/group list had it. */
  removeMember(group: string | null, user: string): boolean {
    let found = false;
    for (const t of [this.group, this.gshadow]) {
      for (const r of t.rows) {
        if (group !== null && r[0] !== group) continue;
        for (const col of t === this.gshadow ? [2, 3] : [3]) {
          const m = members(r[col]);
          if (!m.includes(user)) continue;
          if (t === this.group) found = true;
          r[col] = m.filter((x) => x !== user).join(',');
        }
      }
    }
    return found;
  }
  renameMember(from: string, to: string): void {
    for (const t of [this.group, this.gshadow]) {
      for (const r of t.rows) for (const col of t === this.gshadow ? [2, 3] : [3]) r[col] = members(r[col]).map((x) => (x === from ? to : x)).join(',');
    }
  }

  save(): void {
    for (const t of [this.passwd, this.shadow, this.group, this.gshadow]) t.save(this.ctx);
  }
}

export function members(field: string | undefined): string[] {
  return field ? field.split(',').filter(Boolean) : [];
}

/**
 * commonio_lock as an unprivileged caller meets it: lckpwdf() fails on /etc/.pwd.lock, so the
 * tools print `Permission denied.` and then their own `cannot lock` line.
 */
export async function lockOrFail(ctx: AppletContext, file: string): Promise<boolean> {
  if (ctx.proc.creds.uid === 0) return true;
  await ctx.stderr.write(`${ctx.name}: Permission denied.\n${ctx.name}: cannot lock ${file}; try again later.\n`);
  return false;
}

/** Days since the epoch on the virtual clock (the shadow "last change" field). */
export function today(ctx: AppletContext): number {
  return Math.floor(ctx.kernel.clock.now / 86400000);
}

/** /etc/login.defs values with shadow-utils' built-in defaults (Ubuntu 22.04's file where it differs). */
export function loginDefs(ctx: AppletContext): (key: string) => string | undefined {
  const defaults: Record<string, string> = {
    UID_MIN: '1000', UID_MAX: '60000', GID_MIN: '1000', GID_MAX: '60000', PASS_MAX_DAYS: '99999', PASS_MIN_DAYS: '0', PASS_WARN_AGE: '7',
    USERGROUPS_ENAB: 'yes', HOME_MODE: '0750', UMASK: '022', MAIL_DIR: '/var/mail', ENV_SUPATH: 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    ENV_PATH: 'PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games',
  };
  let text = '';
  try {
    text = ctx.fs.readFile('/etc/login.defs');
  } catch {
    /* the built-in defaults apply */
  }
  const vals = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^\s*([A-Z_]+)\s+(\S+)/.exec(line);
    if (m) vals.set(m[1]!, m[2]!);
  }
  return (key) => vals.get(key) ?? defaults[key];
}

/** Processes running as `uid` (usermod/userdel refuse to touch a logged-in user). */
export function processOf(ctx: AppletContext, uid: number): number | undefined {
  for (const p of ctx.kernel.procs.values()) if (p.alive && p.creds.uid === uid && p !== ctx.proc) return p.pid;
  return undefined;
}

/** Debian's relaxed is_valid_user_name: no leading - + ~, no : , whitespace or /, at most 32 bytes. */
export function validName(name: string): boolean {
  return name !== '' && name.length <= 32 && !/^[-+~]/.test(name) && !/[:,\s/]/.test(name) && name !== '.' && name !== '..';
}

/** Runs `fn` with euid 0, as the setuid-root programs (passwd, su, sudo, newgrp) do. */
export function asRoot<T>(ctx: AppletContext, fn: () => T): T {
  const saved = ctx.proc.creds;
  ctx.proc.creds = { ...saved, uid: 0 };
  try {
    return fn();
  } finally {
    ctx.proc.creds = saved;
  }
}
