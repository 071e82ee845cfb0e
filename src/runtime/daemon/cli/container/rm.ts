import { DaemonError } from '../../errors.ts';
import type { Command } from '../command.ts';

const rm: Command = async (call) => {
  const force = call.opts.bool('force');
  let failed = 0;
  for (const ref of call.args) {
    try {
      await call.engine.remove(call.engine.get(ref), force, call.opts.bool('volumes'));
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
