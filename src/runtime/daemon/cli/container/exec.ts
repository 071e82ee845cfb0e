import { ClientError } from './client-error.ts';
import { readKvFile } from './kv-file.ts';
import { FdTable, OpenFile } from '../../../kernel/proc/fd-table.ts';
import { statusCode } from '../../../kernel/proc/process.ts';
import { NullIn, NullOut } from '../../../kernel/stream.ts';
import { processEnv } from '../../container/start.ts';
import { resolveUser } from '../../container/user.ts';
import { daemonVfs } from '../../container/view.ts';
import { DaemonError } from '../../errors.ts';
import { type Command, daemonFailure } from '../command.ts';
import { startExec } from '../../container/exec-process.ts';

/** docker exec: a new process in the container's namespaces and cgroups, attached to the client. */
/** The daemon appends this to any runc error that says "not a directory". */
const MOUNT_HINT = ': Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type';

const exec: Command = async (call) => {
  const o = call.opts;
  const [ref, ...argv] = call.args as [string, ...string[]];
  const engine = call.engine;
  const host = call.host;
  // The client reads --env-file before it asks the daemon anything.
  let fromFiles: string[];
  try {
    fromFiles = o.list('env-file').flatMap((f) => readKvFile(call, f, true));
  } catch (e) {
    if (!(e instanceof ClientError)) throw e;
    await call.err(`${e.message}\n`);
    return 1;
  }
  let c;
  try {
    c = engine.get(ref);
    if (!c.state.Running || !c.proc || !c.ns) throw new DaemonError(`Container ${c.id} is not running`, 409);
    if (c.state.Paused) throw new DaemonError(`Container ${ref} is paused, unpause the container before exec`, 409);
  } catch (e) {
    return daemonFailure(call, e);
  }
  if (o.bool('interactive') && o.bool('tty') && !call.ctx.stdin.tty) {
    await call.err('the input device is not a TTY\n');
    return 1;
  }
  const ns = c.ns;
  const vfs = daemonVfs(host, ns);
  const detach = o.bool('detach');
  // runc's failure comes back over the attached stream (CRLF, status 126); detached, the start
  // request itself fails with it as a daemon error.
  const runcFailure = async (text: string): Promise<number> => {
    if (detach) {
      await call.err(`Error response from daemon: ${text}\n`);
      return 1;
    }
    await call.out(`${text}\r\n`);
    return 126;
  };
  let user;
  try {
    user = resolveUser(vfs, o.changed('user') ? o.str('user') : c.config.User);
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    return runcFailure(e.message);
  }
  user.creds.capBnd = o.bool('privileged') ? undefined : c.proc.creds.capBnd;
  // -e NAME passes the client's value, and nothing when the client has none (as for run).
  const extra = [...fromFiles, ...o.list('env').flatMap((e) => (e.includes('=') ? [e] : call.ctx.env.get(e) === undefined ? [] : [`${e}=${call.ctx.env.get(e)}`]))];
  const env = processEnv({ Env: c.config.Env }, c.config.Hostname, user.home, extra);
  const cwd = o.changed('workdir') && o.str('workdir') !== '' ? o.str('workdir') : c.config.WorkingDir || '/';
  if (!cwd.startsWith('/')) return runcFailure('OCI runtime exec failed: exec failed: Cwd must be an absolute path: unknown');
  if (!isDir(vfs, cwd)) {
    return runcFailure(`OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("${cwd}") set in config.json failed: ${isMissing(vfs, cwd) ? 'no such file or directory: unknown' : `not a directory: unknown${MOUNT_HINT}`}`);
  }
  const mine = call.ctx.proc.fds;
  const fds = new FdTable();
  fds.set(0, o.bool('interactive') && !detach && mine.get(0) ? mine.get(0)!.ref() : new OpenFile(new NullIn(), null, '/dev/null'));
  const client = mine.get(1)?.output;
  if (o.bool('tty') && !detach && client) {
    // -t: both streams go through one pty, whose line discipline turns \n into \r\n.
    const pty = new OpenFile(null, { write: (w, d) => client.write(w, d.replace(/\r?\n/g, '\r\n')), close: () => {}, tty: true }, '/dev/pts/0');
    fds.set(1, pty);
    fds.set(2, pty.ref());
  } else for (const fd of [1, 2]) fds.set(fd, !detach && mine.get(fd) ? mine.get(fd)!.ref() : new OpenFile(null, new NullOut(), '/dev/null'));
  const r = await startExec(host, c, { argv, env, cwd, creds: user.creds, fds });
  if ('failure' in r) return runcFailure(`OCI runtime exec failed: exec failed: unable to start container process: ${r.failure.message}: unknown`);
  const proc = r.proc;
  if (detach) return 0;
  const status = await proc.exited;
  return statusCode(status);
};

export default exec;

function isDir(vfs: ReturnType<typeof daemonVfs>, path: string): boolean {
  try {
    return vfs.stat(path).type === 'dir';
  } catch {
    return false;
  }
}

function isMissing(vfs: ReturnType<typeof daemonVfs>, path: string): boolean {
  try {
    vfs.stat(path);
    return false;
  } catch {
    return true;
  }
}
