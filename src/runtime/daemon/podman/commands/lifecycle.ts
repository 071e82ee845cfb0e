import { DaemonError } from '../../errors.ts';
import { fail, getContainer, logLine, PodmanError, type PodmanCall, type PodmanCommand } from '../call.ts';

/** Each target in turn: its name as typed on stdout, or `Error: …` (the last failure sets the exit code). */
async function each(call: PodmanCall, targets: string[], act: (ref: string) => Promise<void>, codeOf: (e: PodmanError) => number): Promise<number> {
  let exit = 0;
  for (const ref of targets) {
    try {
      await act(ref);
      await call.out(`${ref}\n`);
    } catch (e) {
      if (e instanceof DaemonError) e = new PodmanError(e.message);
      if (!(e instanceof PodmanError)) throw e;
      await call.err(`Error: ${e.message}\n`);
      exit = codeOf(e);
    }
  }
  return exit;
}

const targets = (call: PodmanCall) => (call.opts.bool('all') ? call.engine.list().reverse().map((c) => c.name) : call.args);

/** SIGTERM, then SIGKILL after the timeout with podman's warning (PID 1 ignores an unhandled SIGTERM). */
async function stopOne(call: PodmanCall, ref: string, timeout: number): Promise<void> {
  const c = getContainer(call, ref);
  if (!c.state.Running) return;
  const before = call.host.clock.now;
  await call.engine.stop(c, timeout);
  if (call.host.clock.now - before >= timeout * 1000 && c.state.ExitCode === 137) {
    await call.err(logLine(call, 'warning', `StopSignal ${c.config.StopSignal ?? 'SIGTERM'} failed to stop container ${c.name} in ${timeout} seconds, resorting to SIGKILL`));
  }
}

export const stop: PodmanCommand = (call) => {
  const t = call.opts.changed('time') ? call.opts.int('time') : 10;
  return each(call, targets(call), (ref) => stopOne(call, ref, t), (e) => e.exit);
};

export const start: PodmanCommand = (call) =>
  each(call, call.args, async (ref) => {
    const c = getContainer(call, ref);
    await call.engine.start(c);
  }, (e) => e.exit);

export const rm: PodmanCommand = (call) => {
  const force = call.opts.bool('force');
  return each(call, targets(call), async (ref) => {
    const c = call.engine.find(ref);
    if (!c) {
      if (call.opts.bool('ignore')) return;
      throw new PodmanError(`no container with name or ID "${ref}" found: no such container`, 1);
    }
    if (c.state.Running && !force) {
      throw new PodmanError(`cannot remove container ${c.id} as it is running - running or paused containers cannot be removed without force: container state improper`, 2);
    }
    if (c.state.Running) await stopOne(call, ref, call.opts.changed('time') ? call.opts.int('time') : 10);
    await call.engine.remove(c, true);
  }, (e) => e.exit);
};

export { fail };
