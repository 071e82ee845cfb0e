import { DaemonError } from '../../errors.ts';
import { pruneImages } from '../../image/prune.ts';
import type { Command } from '../command.ts';
import { humanSize } from '../format/units.ts';
import { filterArgs } from './ls.ts';

const WARN_DANGLING = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ';
const WARN_ALL = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ';

/** `docker image prune`: asks on stdin unless -f (anything but y/Y cancels quietly, exit 0). */
const prune: Command = async (call) => {
  const all = call.opts.bool('all');
  if (!call.opts.bool('force')) {
    await call.out(all ? WARN_ALL : WARN_DANGLING);
    const answer = ((await call.ctx.stdin.readLine()) ?? '').trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') return 0;
  }
  let report;
  try {
    report = pruneImages(call.engine, filterArgs(call.opts.list('filter')), all);
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    await call.err(`Error response from daemon: ${e.message}\n`);
    return 1;
  }
  let out = '';
  if (report.deleted.length > 0) {
    out = 'Deleted Images:\n';
    for (const r of report.deleted) out += 'deleted' in r ? `deleted: ${r.deleted}\n` : `untagged: ${r.untagged}\n`;
    out += '\n';
  }
  await call.out(`${out}Total reclaimed space: ${humanSize(report.reclaimed, 4)}\n`);
  return 0;
};

export default prune;
