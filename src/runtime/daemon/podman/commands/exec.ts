import { FdTable, OpenFile } from '../../../kernel/proc/fd-table.ts';
import { statusCode } from '../../../kernel/proc/process.ts';
import { NullIn, NullOut } from '../../../kernel/stream.ts';
import { processEnv } from '../../container/start.ts';
import { startExec } from '../../container/exec-process.ts';
import { resolveUser } from '../../container/user.ts';
import { daemonVfs } from '../../container/view.ts';
import { DaemonError } from '../../errors.ts';
import { fail, PodmanError, type PodmanCommand } from '../call.ts';

/** `podman exec`: a process joining the container, attached to the client; runc's errors as podman words them. */
const exec: PodmanCommand = async (call) => {
  const o = call.opts;
  if (call.args.length === 0) return fail(call, 'exec requires the name or ID of a container or the --latest flag');
  const [ref, ...argv] = call.args as [string, ...string[]];
  const c = call.engine.find(ref);
  if (!c) return fail(call, `no container with name or ID "${ref}" found: no such container`);
  if (argv.length === 0) return fail(call, 'must provide a non-empty command to start an exec session: invalid argument', 255);
  if (!c.state.Running || !c.proc || !c.ns) return fail(call, 'can only create exec sessions on running containers: container state improper', 255);
  const host = call.host;
  const ns = c.ns;
  let user;
  try {
    user = resolveUser(daemonVfs(host, ns), o.changed('user') ? o.str('user') : c.config.User);
  } catch (e) {
    if (e instanceof DaemonError || e instanceof PodmanError) return fail(call, e.message);
    throw e;
  }
  const extra = o.list('env').map((e) => (e.includes('=') ? e : `${e}=${call.ctx.env.get(e) ?? ''}`));
  const env = processEnv({ Env: c.config.Env }, c.config.Hostname, user.home, extra);
  const cwd = o.str('workdir') || c.config.WorkingDir || '/';
  const detach = o.bool('detach');
  const mine = call.ctx.proc.fds;
  const fds = new FdTable();
  fds.set(0, o.bool('interactive') && !detach && mine.get(0) ? mine.get(0)!.ref() : new OpenFile(new NullIn(), null, '/dev/null'));
  for (const fd of [1, 2]) fds.set(fd, !detach && mine.get(fd) ? mine.get(fd)!.ref() : new OpenFile(null, new NullOut(), '/dev/null'));
  const r = await startExec(host, c, { argv, env, cwd, creds: user.creds, fds });
  if ('failure' in r) {
    const code = r.failure.code === 127 ? 127 : 126;
    const why = code === 127 ? 'OCI runtime attempted to invoke a command that was not found' : 'OCI permission denied';
    return fail(call, `runc: exec failed: unable to start container process: ${r.failure.message}: ${why}`, code);
  }
  const proc = r.proc;
  const id = c.execIds[c.execIds.length - 1]!;
  if (detach) {
    await call.out(`${id}\n`);
    return 0;
  }
  return statusCode(await proc.exited);
};

export default exec;
