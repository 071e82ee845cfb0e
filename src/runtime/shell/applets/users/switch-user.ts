import { FsError } from '../../../kernel/fs/errors.ts';
import type { AppletContext } from '../types.ts';
import { AccountDb, asRoot, members } from './account-db.ts';
import { checkPassword } from './crypt.ts';

export interface Target {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
  groups: number[];
}

/** getpwnam (or a #UID / numeric id where the caller allows it) plus initgroups' list. */
export function lookupTarget(db: AccountDb, spec: string, numeric = false): Target | undefined {
  const pw = db.user(spec) ?? (numeric && /^#?\d+$/.test(spec) ? db.userByUid(Number(spec.replace('#', ''))) : undefined);
  if (!pw || pw.length < 7) return undefined;
  const name = pw[0]!;
  const gid = Number(pw[3]);
  const groups = [gid];
  for (const g of db.group.rows) if (members(g[3]).includes(name) && !groups.includes(Number(g[2]))) groups.push(Number(g[2]));
  return { name, uid: Number(pw[2]), gid, home: pw[5]!, shell: pw.slice(6).join(':') || '/bin/sh', groups };
}

/** The stored hash of an account (shadow first), read with the setuid program's privileges. */
export function storedHash(ctx: AppletContext, db: AccountDb, name: string): string {
  const sp = asRoot(ctx, () => new AccountDb(ctx)).shadow.find(name);
  return sp ? sp[1]! : (db.user(name)?.[1] ?? '*');
}

export function passwordMatches(ctx: AppletContext, db: AccountDb, name: string, password: string): boolean {
  return checkPassword(storedHash(ctx, db, name), password);
}

/**
 * The child half of su/sudo/newgrp: credentials, environment and directory of the target, then
 * execvp. Returns the program's status, or null with the errno when execve failed.
 */
export async function runAs(
  child: AppletContext,
  creds: { uid: number; gid: number; groups: number[] },
  argv: string[],
  env: Map<string, string>,
  cwd?: string,
  file?: string,
): Promise<{ status: number } | { errno: FsError }> {
  child.proc.creds = { uid: creds.uid, gid: creds.gid, groups: [...creds.groups] };
  if (cwd !== undefined) {
    try {
      if (child.fs.stat(cwd).type !== 'dir') throw new FsError('ENOTDIR');
      child.proc.cwd = child.fs.realpath(cwd);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await child.stderr.write(`${child.name}: warning: cannot change directory to ${cwd}: ${e.text}\n`);
    }
  }
  const r = await child.exec(argv, env, file);
  if (typeof r === 'number') return { status: r };
  return { errno: new FsError(r.errno) };
}

/** The user a process runs as, by name (su, sudo and newgrp log and prompt with it). */
export function callerName(db: AccountDb, uid: number): string | undefined {
  return db.userByUid(uid)?.[0];
}
