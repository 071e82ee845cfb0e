import type { AppletContext } from '../../shell/applets/types.ts';
import { type ListenSocket, listeningProcesses } from './listening.ts';
import type { NginxLog } from './nginx-log.ts';
import type { NginxSettings } from './nginx-settings.ts';
import { type Account, lookupAccount, lookupGroup } from './passwd.ts';

/**
 * The workers' user: the `user` directive, else the compiled-in nginx:nginx. Only root can switch
 * users; otherwise the directive is ignored with nginx's warning. null: an [emerg] was logged.
 */
export async function workerAccount(ctx: AppletContext, log: NginxLog, s: NginxSettings): Promise<Account | undefined | null> {
  const pid = ctx.proc.pid;
  if (ctx.proc.creds.uid !== 0) {
    if (s.user) await log.write('warn', pid, `the "user" directive makes sense only if the master process runs with super-user privileges, ignored in ${s.user.where}`);
    return undefined;
  }
  const name = s.user?.name ?? 'nginx';
  const account = lookupAccount(ctx.fs, name);
  if (!account) {
    await log.write('emerg', pid, `getpwnam("${name}") failed${s.user ? ` in ${s.user.where}` : ''}`);
    return null;
  }
  const groupName = s.user ? s.user.group ?? s.user.name : 'nginx';
  const gid = lookupGroup(ctx.fs, groupName);
  if (gid === undefined) {
    await log.write('emerg', pid, `getgrnam("${groupName}") failed${s.user ? ` in ${s.user.where}` : ''}`);
    return null;
  }
  return { ...account, gid, groups: [gid, ...account.groups.filter((g) => g !== gid && g !== account.gid)] };
}

function overlaps(a: ListenSocket, b: ListenSocket): boolean {
  const any = (x: string) => x === '0.0.0.0' || x === '[::]';
  return a.proto === b.proto && a.port === b.port && (a.address === b.address || any(a.address) || any(b.address));
}

/**
 * ngx_open_listening_sockets: privileged ports need root; a port another process of the same
 * network namespace holds fails with EADDRINUSE, retried five times half a second apart.
 */
export async function bindListens(ctx: AppletContext, log: NginxLog, listens: readonly ListenSocket[]): Promise<boolean> {
  const pid = ctx.proc.pid;
  for (const l of listens) {
    if (l.port < 1024 && ctx.proc.creds.uid !== 0) {
      await log.write('emerg', pid, `bind() to ${l.address}:${l.port} failed (13: Permission denied)`);
      return false;
    }
  }
  const others = listeningProcesses(ctx.kernel).filter((h) => h.proc.ns.net === ctx.proc.ns.net);
  const busy = listens.find((l) => others.some((h) => h.sockets.some((o) => overlaps(o, l))));
  if (!busy) return true;
  for (let i = 0; i < 5; i++) {
    await log.write('emerg', pid, `bind() to ${busy.address}:${busy.port} failed (98: Address already in use)`);
    await ctx.sleep(500);
  }
  await log.write('emerg', pid, 'still could not bind()');
  return false;
}
