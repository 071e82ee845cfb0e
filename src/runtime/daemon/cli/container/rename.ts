import { DaemonError } from '../../errors.ts';
import type { Command } from '../command.ts';

const rename: Command = async (call) => {
  const [from, to] = call.args as [string, string];
  try {
    if (to.trim() === '' ) throw new DaemonError('Neither old nor new names may be empty', 400);
    call.engine.rename(call.engine.get(from), to);
    return 0;
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    await call.err(`Error response from daemon: ${e.message}\nError: failed to rename container named ${from}\n`);
    return 1;
  }
};

export default rename;
