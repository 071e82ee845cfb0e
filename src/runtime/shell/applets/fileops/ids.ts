import type { AppletContext } from '../types.ts';

/** Names ↔ ids from the model's /etc/passwd and /etc/group (what NSS "files" answers). */
export interface IdDb {
  userId(name: string): number | undefined;
  groupId(name: string): number | undefined;
  userName(id: number): string | undefined;
  groupName(id: number): string | undefined;
  /** The primary group of a user (for `chown user:`). */
  userGroup(name: string): number | undefined;
}

function table(ctx: AppletContext, path: string): string[][] {
  try {
    return ctx.fs.readFile(path).split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(':'));
  } catch {
    return [];
  }
}

export function loadIds(ctx: AppletContext): IdDb {
  const pw = table(ctx, '/etc/passwd');
  const gr = table(ctx, '/etc/group');
  const find = (rows: string[][], name: string) => rows.find((r) => r[0] === name);
  return {
    userId: (n) => (find(pw, n) ? Number(find(pw, n)![2]) : undefined),
    groupId: (n) => (find(gr, n) ? Number(find(gr, n)![2]) : undefined),
    userName: (id) => pw.find((r) => Number(r[2]) === id)?.[0],
    groupName: (id) => gr.find((r) => Number(r[2]) === id)?.[0],
    userGroup: (n) => (find(pw, n) ? Number(find(pw, n)![3]) : undefined),
  };
}

const MAX_ID = 0xfffffffe;

/** A user given by name or number (names win, as in coreutils' parse_user_spec). */
export function parseUser(db: IdDb, s: string): number | undefined {
  const byName = db.userId(s);
  if (byName !== undefined) return byName;
  if (/^\d+$/.test(s) && Number(s) <= MAX_ID) return Number(s);
  return undefined;
}

export function parseGroup(db: IdDb, s: string): number | undefined {
  const byName = db.groupId(s);
  if (byName !== undefined) return byName;
  if (/^\d+$/.test(s) && Number(s) <= MAX_ID) return Number(s);
  return undefined;
}
