import type { AppletContext } from '../types.ts';

/** Looks a user or group name up in /etc/passwd or /etc/group (getpwnam/getgrnam), then a number. */
function lookup(ctx: AppletContext, file: string, name: string): number | null {
  let text = '';
  try {
    text = ctx.fs.readFile(file);
  } catch {
    return null;
  }
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f[0] === name && f[2] !== undefined) return Number(f[2]);
  }
  return null;
}

export interface Owner {
  uid?: number;
  gid?: number;
}

/**
 * `-t user:group` / `-a user:group` as cgcreate parses them (strtok on ':'): an unknown name is
 * fatal with "can't find uid of user X." or "can't find gid of group X.".
 */
export async function parseOwner(ctx: AppletContext, arg: string): Promise<Owner | null> {
  const parts = arg.split(':').filter((p) => p !== '');
  const user = arg.startsWith(':') ? undefined : parts[0];
  const group = arg.startsWith(':') ? parts[0] : parts[1];
  const out: Owner = {};
  if (user !== undefined) {
    const uid = lookup(ctx, '/etc/passwd', user);
    if (uid === null) {
      await ctx.stderr.write(`${ctx.progName}: can't find uid of user ${user}.\n`);
      return null;
    }
    out.uid = uid;
  }
  if (group !== undefined) {
    const gid = lookup(ctx, '/etc/group', group);
    if (gid === null) {
      await ctx.stderr.write(`${ctx.progName}: can't find gid of group ${group}.\n`);
      return null;
    }
    out.gid = gid;
  }
  return out;
}
