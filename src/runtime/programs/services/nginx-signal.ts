import { FsError, STRERROR } from '../../kernel/fs/errors.ts';
import { SIGNALS } from '../../kernel/proc/signals.ts';
import type { AppletContext } from '../../shell/applets/types.ts';
import type { NginxLog } from './nginx-log.ts';
import { noteSender } from './signal-wait.ts';

const SIGNAL_OF: Record<string, string> = { stop: 'TERM', quit: 'QUIT', reopen: 'USR1', reload: 'HUP' };
const ERRNO: Partial<Record<string, number>> = { ENOENT: 2, EACCES: 13, EISDIR: 21, ENOTDIR: 20 };

/** `nginx -s NAME` (ngx_signal_process): the master's pid from the pid file, then kill(2). */
export async function sendSignal(ctx: AppletContext, log: NginxLog, pidPath: string, name: string): Promise<number> {
  const me = ctx.proc.pid;
  await log.write('notice', me, 'signal process started');
  let text: string;
  try {
    text = ctx.fs.readFile(pidPath);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    await log.write('error', me, `open() "${pidPath}" failed (${ERRNO[e.code] ?? 5}: ${STRERROR[e.code]})`);
    return 1;
  }
  const raw = text.replace(/\n$/, '');
  if (!/^\d+$/.test(raw)) {
    await log.write('error', me, `invalid PID number "${raw}" in "${pidPath}"`);
    return 1;
  }
  const sig = SIGNALS[SIGNAL_OF[name]!]!;
  const target = ctx.kernel.byPid(Number(raw), ctx.proc);
  if (!target || !target.alive) {
    await log.write('alert', me, `kill(${raw}, ${sig}) failed (3: No such process)`);
    return 1;
  }
  if (ctx.proc.creds.uid !== 0 && ctx.proc.creds.uid !== target.creds.uid) {
    await log.write('alert', me, `kill(${raw}, ${sig}) failed (1: Operation not permitted)`);
    return 1;
  }
  noteSender(target, sig, me);
  ctx.kernel.signal(target, sig, ctx.proc);
  return 0;
}
