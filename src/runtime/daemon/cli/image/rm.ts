import { DaemonError } from '../../errors.ts';
import { deleteImage } from '../../image/delete.ts';
import type { Command } from '../command.ts';

/** `docker rmi`: records per image on stdout; the daemon's errors collected and printed at the end. */
const rm: Command = async (call) => {
  const errs: string[] = [];
  // With --force a missing image is still reported but does not fail the command (CLI's IsNotFound check).
  let fatal = false;
  for (const ref of call.args) {
    try {
      const records = deleteImage(call.engine, ref, call.opts.bool('force'), !call.opts.bool('no-prune'));
      await call.out(records.map((r) => ('deleted' in r ? `Deleted: ${r.deleted}\n` : `Untagged: ${r.untagged}\n`)).join(''));
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      errs.push(`Error response from daemon: ${e.message}`);
      if (!call.opts.bool('force') || e.status !== 404) fatal = true;
    }
  }
  if (errs.length === 0) return 0;
  await call.err(`${errs.join('\n')}\n`);
  return fatal ? 1 : 0;
};

export default rm;
