import { Pipe } from '../../../kernel/pipe.ts';
import type { Container } from '../../container/container.ts';
import { createContainer } from '../../container/create.ts';
import { DaemonError } from '../../errors.ts';
import { ClientError, createRequest } from '../../cli/container/create-options.ts';
import { streamOutput } from '../../cli/container/attach.ts';
import { TerminalAttach } from '../../cli/container/detach.ts';
import { asDockerCall, createCommands, fail, PodmanError, type PodmanCall, type PodmanCommand } from '../call.ts';
import { findLocal, qualifiedTags } from '../names.ts';
import { pullImage } from '../pull-image.ts';

const NO_PORTS = 'Port mappings have been discarded as one of the Host, Container, Pod, and None network modes are in use';

/** run and create: the local image (or a pull, progress on stderr), then the container. */
async function createFrom(call: PodmanCall, detached: boolean): Promise<Container> {
  const o = call.opts;
  const [ref, ...cmd] = call.args as [string, ...string[]];
  const policy = o.str('pull') || 'missing';
  let image = policy === 'always' ? undefined : findLocal(call.engine, ref);
  if (!image) {
    if (policy === 'never') throw new PodmanError(`${ref}: image not known`);
    image = await pullImage(call, ref, o.bool('quiet') ? null : call.err);
  }
  const name = qualifiedTags(image).find((t) => t.endsWith(`/${ref.replace(/:[^/]*$/, '')}:${ref.includes(':') ? ref.split(':').pop() : 'latest'}`)) ?? qualifiedTags(image)[0] ?? image.id.slice(7);
  const network = o.str('network');
  if (o.list('publish').length && ['none', 'host'].includes(network)) await call.err(`${NO_PORTS}\n`);
  const dcall = asDockerCall(call);
  const req = createRequest(dcall, image, name, cmd, detached);
  // libpod puts these before the user's variables; HOME and HOSTNAME are added at start.
  req.env = ['TERM=xterm', 'container=podman', ...req.env];
  if (['none', 'host'].includes(network)) req.hostConfig.PortBindings = {};
  if (req.name !== null && call.engine.find(req.name)) {
    const owner = call.engine.find(req.name)!;
    throw new PodmanError(`creating container storage: the container name "${req.name}" is already in use by ${owner.id}. You have to remove that container to be able to reuse that name: that name is already in use`);
  }
  const c = createContainer(call.engine, req);
  createCommands.set(c, call.argv);
  return c;
}

async function guarded<T>(call: PodmanCall, f: () => Promise<T>): Promise<T | number> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof PodmanError) return fail(call, e.message, e.exit);
    if (e instanceof ClientError || e instanceof DaemonError) return fail(call, e.message);
    throw e;
  }
}

export const create: PodmanCommand = async (call) => {
  const c = await guarded(call, () => createFrom(call, false));
  if (typeof c === 'number') return c;
  await call.out(`${c.id}\n`);
  return 0;
};

const run: PodmanCommand = async (call) => {
  const o = call.opts;
  const detached = o.bool('detach');
  const c = await guarded(call, () => createFrom(call, detached));
  if (typeof c === 'number') return c;
  const onTerminal = o.bool('interactive') && o.bool('tty') && !detached && call.ctx.stdin.tty;
  const stdinPipe = o.bool('interactive') && !detached && !onTerminal ? new Pipe() : null;
  const from = c.logs.entries.length;
  const fds = call.ctx.proc.fds;
  const attach = onTerminal ? new TerminalAttach([0, 1, 2].map((fd) => fds.get(fd)!), c) : null;
  try {
    await call.engine.start(c, { stdin: stdinPipe ? stdinPipe.readEnd() : null, terminal: attach?.files() });
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    if (c.hostConfig.AutoRemove) await call.engine.remove(c, true);
    // runc's failure, as conmon reports it (exit 127 for a missing program, 126 otherwise)
    const why = e.message.replace(/^failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: /, '').replace(/: unknown$/, '');
    const oci = e.exitCode === 127 ? 'OCI runtime attempted to invoke a command that was not found' : 'OCI permission denied';
    return fail(call, `runc: runc create failed: unable to start container process: ${why}: ${oci}`, e.exitCode);
  }
  if (detached) {
    await call.out(`${c.id}\n`);
    return 0;
  }
  if (stdinPipe) void pump(call, stdinPipe);
  if (attach) {
    await Promise.race([c.whenStopped(), attach.whenDetached()]);
    if (attach.detached) return 0;
  }
  await streamOutput(asDockerCall(call), c, from);
  const code = c.state.ExitCode;
  if (c.hostConfig.AutoRemove && call.engine.containers.has(c.id)) await new Promise<void>((r) => c.removedWaiters.push(r));
  return code;
};

async function pump(call: PodmanCall, pipe: Pipe): Promise<void> {
  const w = pipe.writeEnd();
  try {
    for (;;) {
      const chunk = await call.ctx.stdin.read();
      if (chunk === null) break;
      await w.write(call.ctx.proc, chunk);
    }
  } catch {
    // the container went away
  } finally {
    w.close();
  }
}

export default run;
