import { Pipe } from '../../../kernel/pipe.ts';
import type { OutStream } from '../../../kernel/stream.ts';
import type { Container } from '../../container/container.ts';
import { createContainer } from '../../container/create.ts';
import { DaemonError } from '../../errors.ts';
import type { Call, Command } from '../command.ts';
import { ensureImage } from '../image/ensure.ts';
import { streamOutput } from './attach.ts';
import { TerminalAttach } from './detach.ts';
import { ClientError, createRequest } from './create-options.ts';
import { checkCidFile, detachKeysValid, pullPolicy } from './run-checks.ts';

/** `docker: <msg>` + the hint line, as run/create print their failures. */
export async function runFailure(call: Call, message: string, code = 125): Promise<number> {
  await call.err(`docker: ${message}\n\nRun '${call.usedName} --help' for more information\n`);
  return code;
}

/** Shared by run and create: resolve (pull) the image, then create the container. */
export async function createFromCall(call: Call, detached: boolean): Promise<Container | number> {
  const [imageRef, ...cmd] = call.args as [string, ...string[]];
  try {
    const policy = pullPolicy(call);
    const cidFile = checkCidFile(call);
    const image = await ensureImage(call, imageRef, policy);
    if (typeof image === 'number') return image;
    const c = createContainer(call.engine, createRequest(call, image, imageRef, cmd, detached));
    // The daemon's create warnings, which the CLI prints as they come.
    if (c.hostConfig.NetworkMode === 'host' && Object.keys(c.hostConfig.PortBindings).length > 0) {
      await call.err('WARNING: Published ports are discarded when using host network mode\n');
    }
    if (cidFile) call.ctx.fs.writeFile(cidFile, c.id);
    return c;
  } catch (e) {
    if (e instanceof ClientError) return runFailure(call, e.message);
    if (e instanceof DaemonError) {
      // create returns the daemon's error as it is (exit 1); run wraps it with the hint (125).
      if (/\bcreate$/.test(call.usedName)) {
        await call.err(`Error response from daemon: ${e.message}\n`);
        return 1;
      }
      return runFailure(call, `Error response from daemon: ${e.message}`);
    }
    throw e;
  }
}

/** -a/--attach values: checked like the CLI's flag validator (usage text, 125). */
export async function attachStreams(call: Call): Promise<Set<string> | number> {
  const out = new Set<string>();
  for (const v of call.opts.list('attach')) {
    const s = v.toLowerCase();
    if (!['stdin', 'stdout', 'stderr'].includes(s)) {
      await call.err(`invalid argument "${v}" for "-a, --attach" flag: valid streams are STDIN, STDOUT and STDERR\n\nUsage:  ${call.usedName} [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun '${call.usedName} --help' for more information\n`);
      return 125;
    }
    out.add(s);
  }
  return out;
}

const run: Command = async (call) => {
  const o = call.opts;
  const detached = o.bool('detach');
  // Only an attached -it needs the client's terminal.
  if (o.bool('interactive') && o.bool('tty') && !detached && !call.ctx.stdin.tty) {
    await call.err('the input device is not a TTY\n');
    return 1;
  }
  const attachTo = await attachStreams(call);
  if (typeof attachTo === 'number') return attachTo;
  if (detached && attachTo.size) {
    await call.err('conflicting options: cannot specify both --attach and --detach\n');
    return 1;
  }
  const c = await createFromCall(call, detached);
  if (typeof c === 'number') return c;
  // Attaching with keys the daemon cannot parse fails before the container starts.
  if (!detached && o.changed('detach-keys') && !detachKeysValid(o.str('detach-keys'))) {
    await call.err('unable to upgrade to tcp, received 400\n');
    return 1;
  }
  let stdinPipe: Pipe | null = null;
  const onTerminal = o.bool('interactive') && o.bool('tty') && !detached;
  if (o.bool('interactive') && !detached && !onTerminal) stdinPipe = new Pipe();
  // The write end exists before the container starts, or a quick reader would see EOF at once.
  const stdinWriter = stdinPipe ? stdinPipe.writeEnd() : null;
  const from = c.logs.entries.length;
  if (!detached) call.engine.events.add('container', 'attach', c);
  const fds = call.ctx.proc.fds;
  const attach = onTerminal ? new TerminalAttach([0, 1, 2].map((fd) => fds.get(fd)!), c) : null;
  const terminal = attach?.files();
  // A detached run prints the id as soon as the container exists, before starting it.
  if (detached) await call.out(`${c.id}\n`);
  try {
    await call.engine.start(c, { stdin: stdinPipe ? stdinPipe.readEnd() : null, terminal });
  } catch (e) {
    stdinWriter?.close();
    if (e instanceof DaemonError) {
      if (c.hostConfig.AutoRemove) await call.engine.remove(c, true);
      return runFailure(call, `Error response from daemon: ${e.message}`, e.exitCode);
    }
    throw e;
  }
  if (detached) return 0;
  if (stdinWriter) void pumpStdin(call, stdinWriter);
  if (attach) {
    await Promise.race([c.whenStopped(), attach.whenDetached()]);
    if (attach.detached) {
      await call.err('read escape sequence\n');
      return 0;
    }
  }
  // -a picks the streams; without it both are attached.
  await streamOutput(call, c, from, attachTo.size ? { stdout: attachTo.has('stdout'), stderr: attachTo.has('stderr') } : undefined);
  const code = c.state.ExitCode;
  if (c.hostConfig.AutoRemove && call.engine.containers.has(c.id)) await new Promise<void>((r) => c.removedWaiters.push(r));
  return code;
};

/** The client's stdin forwarded to the container's (docker run -i). */
async function pumpStdin(call: Call, w: OutStream): Promise<void> {
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
