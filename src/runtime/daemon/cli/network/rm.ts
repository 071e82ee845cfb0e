import type { Command } from '../command.ts';
import { DaemonError } from '../../errors.ts';
import { networksOf } from '../../network/store.ts';

/**
 * `docker network rm`: each name printed as removed; failures are reported as they come and,
 * as CLI 28 does, end with an `exit status 1` line. `-f` passes over missing networks.
 */
const rm: Command = async (call) => {
  const store = networksOf(call.engine);
  let failed = false;
  for (const ref of call.args) {
    try {
      const n = store.find(ref);
      if (!n) {
        if (call.opts.bool('force')) continue;
        throw new DaemonError(`network ${ref} not found`, 404);
      }
      store.remove(n);
      await call.out(`${ref}\n`);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      await call.err(`Error response from daemon: ${e.message}\n`);
      failed = true;
    }
  }
  if (failed) await call.err('exit status 1\n');
  return failed ? 1 : 0;
};

export default rm;
