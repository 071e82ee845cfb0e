import type { Container } from '../../container/container.ts';
import { DaemonError } from '../../errors.ts';
import type { Command } from '../command.ts';

const rm: Command = async (call) => {
  const force = call.opts.bool('force');
  // The CLI removes all targets at once: naming a container twice finds its removal under way.
  const targets = call.args.map((ref): { ref: string; c: Container | DaemonError } => {
    try {
      return { ref, c: call.engine.get(ref) };
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      return { ref, c: e };
    }
  });
  const seen = new Set<string>();
  let failed = 0;
  for (const { ref, c } of targets) {
    try {
      if (c instanceof DaemonError) throw c;
      if (seen.has(c.id)) throw new DaemonError(`removal of container ${ref} is already in progress`, 409);
      seen.add(c.id);
      await call.engine.remove(c, force, call.opts.bool('volumes'));
      await call.out(`${ref}\n`);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      await call.err(`Error response from daemon: ${e.message}\n`);
      // The CLI prints a missing container under -f but does not count it as a failure.
      if (!(force && e.status === 404)) failed++;
    }
  }
  return failed ? 1 : 0;
};

export default rm;
