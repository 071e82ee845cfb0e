import { DaemonError } from '../../errors.ts';
import type { Command } from '../command.ts';

const wait: Command = async (call) => {
  let failed = false;
  for (const ref of call.args) {
    try {
      const c = call.engine.get(ref);
      await c.whenStopped();
      await call.out(`${c.state.ExitCode}\n`);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      await call.err(`Error response from daemon: ${e.message}\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
};

export default wait;
