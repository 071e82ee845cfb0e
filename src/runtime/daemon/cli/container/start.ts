import { DaemonError } from '../../errors.ts';
import type { Command } from '../command.ts';
import { streamOutput } from './attach.ts';

const start: Command = async (call) => {
  const attach = call.opts.bool('attach');
  if (attach && call.args.length > 1) {
    await call.err('you cannot start and attach multiple containers at once\n');
    return 1;
  }
  const failed: string[] = [];
  for (const ref of call.args) {
    try {
      const c = call.engine.get(ref);
      const from = c.logs.entries.length;
      await call.engine.start(c);
      if (attach) {
        await streamOutput(call, c, from);
        return c.state.ExitCode;
      }
      await call.out(`${ref}\n`);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      await call.err(`Error response from daemon: ${e.message}\n`);
      failed.push(ref);
    }
  }
  // start -a returns the daemon's error itself; only the plain form sums up the failures.
  if (failed.length && attach) return 1;
  if (failed.length) {
    await call.err(`Error: failed to start containers: ${failed.join(', ')}\n`);
    return 1;
  }
  return 0;
};

export default start;
